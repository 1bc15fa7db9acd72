extension Theme {
  /// How one kind of box is drawn.
  package struct NodeStyle: Hashable, Sendable {
    /// The outline shape.
    package var shape: Shape
    /// The outline's stroke.
    package var line: LineStyle
    /// Whether the corners are rounded (boxes only).
    package var isRounded: Bool
    /// Whether the corners are cut by short diagonals, as gaps are.
    package var hasDiagonals: Bool
    /// The outline's width, in points.
    package var penWidth: Double
    /// The outline's number of rings; 2 draws a double border.
    package var peripheries: Int
    /// The outline's colour.
    package var border: Color
    /// The fill, or none.
    package var fill: Color?
    /// The text colour.
    package var text: Color
    /// Words shown in the box so the meaning survives without colour, such as "(planned)".
    package var marker: String?

    /// Creates a node style.
    package init(
      shape: Shape = .box, line: LineStyle = .solid, isRounded: Bool = false,
      hasDiagonals: Bool = false, penWidth: Double = 1, peripheries: Int = 1,
      border: Color = .black, fill: Color? = nil, text: Color = .black, marker: String? = nil
    ) {
      self.shape = shape
      self.line = line
      self.isRounded = isRounded
      self.hasDiagonals = hasDiagonals
      self.penWidth = penWidth
      self.peripheries = peripheries
      self.border = border
      self.fill = fill
      self.text = text
      self.marker = marker
    }
  }
}
