extension Theme {
  /// Page colours and the colours of text outside styled nodes.
  public struct Palette: Hashable, Sendable {
    /// The page.
    public var background: Color
    /// Titles, headings and ordinary text.
    public var text: Color
    /// Secondary text such as provenance notes.
    public var mutedText: Color
    /// Outlines of tables and legends.
    public var line: Color

    /// Creates a palette.
    public init(background: Color, text: Color, mutedText: Color, line: Color) {
      self.background = background
      self.text = text
      self.mutedText = mutedText
      self.line = line
    }
  }
}
