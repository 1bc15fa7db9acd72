extension Theme {
  /// How one kind of box is drawn.
  public struct NodeStyle: Hashable, Sendable {
    /// The outline shape.
    public var shape: Shape
    /// The outline's stroke.
    public var line: LineStyle
    /// Whether the corners are rounded (boxes only).
    public var isRounded: Bool
    /// Whether the corners are cut by short diagonals, as gaps are.
    public var hasDiagonals: Bool
    /// The outline's width, in points.
    public var penWidth: Double
    /// The outline's number of rings; 2 draws a double border.
    public var peripheries: Int
    /// The outline's colour.
    public var border: Color
    /// The fill, or none.
    public var fill: Color?
    /// The text colour.
    public var text: Color
    /// Words shown in the box so the meaning survives without colour, such as "(planned)".
    public var marker: String?

    /// Creates a node style.
    public init(
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
