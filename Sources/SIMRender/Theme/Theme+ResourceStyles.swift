import SIMModel

extension Theme {
  /// Resource boxes by status: operating, limited, planned, ended.
  public struct ResourceStyles: Hashable, Sendable {
    /// Running as intended.
    public var operating: NodeStyle
    /// Running with too little capacity, hours or reach.
    public var limited: NodeStyle
    /// Agreed or funded but not yet running.
    public var planned: NodeStyle
    /// No longer running.
    public var ended: NodeStyle

    /// Creates resource styles.
    public init(operating: NodeStyle, limited: NodeStyle, planned: NodeStyle, ended: NodeStyle) {
      self.operating = operating
      self.limited = limited
      self.planned = planned
      self.ended = ended
    }

    /// The style for a status.
    public subscript(status: Resource.Status) -> NodeStyle {
      switch status {
      case .operating: operating
      case .limited: limited
      case .planned: planned
      case .ended: ended
      }
    }
  }
}
