import SIMModel

extension Theme {
  /// Exchanges by status, and the arrowhead that says whether a legal basis is named.
  package struct ExchangeStyles: Hashable, Sendable {
    /// Happens as intended.
    package var inPlace: EdgeStyle
    /// Happens for some people, data or times.
    package var partial: EdgeStyle
    /// Agreed but not started.
    package var planned: EdgeStyle
    /// Needed but does not happen.
    package var gap: EdgeStyle
    /// The fill of an exchange drawn as a box.
    package var boxFill: Color
    /// The head of an exchange whose map names no legal basis (or `none-identified`).
    package var withoutLegalBasis: Arrowhead

    /// Creates exchange styles.
    package init(
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
    package subscript(status: Exchange.Status) -> EdgeStyle {
      switch status {
      case .inPlace: inPlace
      case .partial: partial
      case .planned: planned
      case .gap: gap
      }
    }
  }
}
