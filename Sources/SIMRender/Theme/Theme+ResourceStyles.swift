import SIMModel

extension Theme {
  /// Resource boxes by status: operating, limited, planned, ended.
  package struct ResourceStyles: Hashable, Sendable {
    /// Running as intended.
    package var operating: NodeStyle
    /// Running with too little capacity, hours or reach.
    package var limited: NodeStyle
    /// Agreed or funded but not yet running.
    package var planned: NodeStyle
    /// No longer running.
    package var ended: NodeStyle

    /// Creates resource styles.
    package init(operating: NodeStyle, limited: NodeStyle, planned: NodeStyle, ended: NodeStyle) {
      self.operating = operating
      self.limited = limited
      self.planned = planned
      self.ended = ended
    }

    /// The style for a status.
    package subscript(status: Resource.Status) -> NodeStyle {
      switch status {
      case .operating: operating
      case .limited: limited
      case .planned: planned
      case .ended: ended
      }
    }
  }
}
