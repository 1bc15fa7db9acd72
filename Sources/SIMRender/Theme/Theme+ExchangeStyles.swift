import SIMModel

extension Theme {
  /// Exchanges by status, and the arrowhead that says whether a legal basis is named.
  public struct ExchangeStyles: Hashable, Sendable {
    /// Happens as intended.
    public var inPlace: EdgeStyle
    /// Happens for some people, data or times.
    public var partial: EdgeStyle
    /// Agreed but not started.
    public var planned: EdgeStyle
    /// Needed but does not happen.
    public var gap: EdgeStyle
    /// The fill of an exchange drawn as a box.
    public var boxFill: Color
    /// The head of an exchange whose map names no legal basis (or `none-identified`).
    public var withoutLegalBasis: Arrowhead

    /// Creates exchange styles.
    public init(
      inPlace: EdgeStyle, partial: EdgeStyle, planned: EdgeStyle, gap: EdgeStyle, boxFill: Color,
      withoutLegalBasis: Arrowhead = .empty
    ) {
      self.inPlace = inPlace
      self.partial = partial
      self.planned = planned
      self.gap = gap
      self.boxFill = boxFill
      self.withoutLegalBasis = withoutLegalBasis
    }

    /// The style for a status.
    public subscript(status: Exchange.Status) -> EdgeStyle {
      switch status {
      case .inPlace: inPlace
      case .partial: partial
      case .planned: planned
      case .gap: gap
      }
    }
  }
}
