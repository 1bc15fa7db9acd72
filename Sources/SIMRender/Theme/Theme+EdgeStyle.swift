extension Theme {
  /// How one kind of line is drawn.
  public struct EdgeStyle: Hashable, Sendable {
    /// The stroke.
    public var line: LineStyle
    /// The colour of the line and its label.
    public var color: Color
    /// The width, in points.
    public var penWidth: Double
    /// The head.
    public var arrowhead: Arrowhead
    /// Words shown with the line so the meaning survives without colour, such as "GAP".
    public var marker: String?

    /// Creates an edge style.
    public init(
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
