extension Theme {
  /// How one kind of line is drawn.
  package struct EdgeStyle: Hashable, Sendable {
    /// The stroke.
    package var line: LineStyle
    /// The colour of the line and its label.
    package var color: Color
    /// The width, in points.
    package var penWidth: Double
    /// The head.
    package var arrowhead: Arrowhead
    /// Words shown with the line so the meaning survives without colour, such as "GAP".
    package var marker: String?

    /// Creates an edge style.
    package init(
      line: LineStyle = .solid, color: Color = .black, penWidth: Double = 1,
      arrowhead: Arrowhead = .normal, marker: String? = nil
    ) {
      self.line = line
      self.color = color
      self.penWidth = penWidth
      self.arrowhead = arrowhead
      self.marker = marker
    }
  }
}
