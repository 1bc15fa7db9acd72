extension Theme {
  /// Page colours and the colours of text outside styled nodes.
  package struct Palette: Hashable, Sendable {
    /// The page.
    package var background: Color
    /// Titles, headings and ordinary text.
    package var text: Color
    /// Secondary text such as provenance notes.
    package var mutedText: Color
    /// Outlines of tables and legends.
    package var line: Color

    /// Creates a palette.
    package init(background: Color, text: Color, mutedText: Color, line: Color) {
      self.background = background
      self.text = text
      self.mutedText = mutedText
      self.line = line
    }
  }
}
