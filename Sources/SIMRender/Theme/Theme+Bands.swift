import SIMModel

extension Theme {
  /// The look of the intercept columns of the cross-system map.
  package struct Bands: Hashable, Sendable {
    /// Fill colours for intercepts 0 to 5; repeated when fewer are given.
    package var fills: [Color]
    /// The outline of each column.
    package var border: Color
    /// The colour of the column headings.
    package var heading: Color

    /// Creates band settings.
    package init(fills: [Color], border: Color, heading: Color) {
      self.fills = fills
      self.border = border
      self.heading = heading
    }

    /// The fill of an intercept's column.
    package func fill(for intercept: InterceptNumber) -> Color {
      fills.isEmpty ? .white : fills[intercept.value % fills.count]
    }
  }
}
