/// A piece of text in one font style.
struct HTMLRun: Hashable, Sendable {
  /// Font settings for a run.
  struct Style: Hashable, Sendable {
    /// Bold text.
    var isBold = false
    /// Italic text.
    var isItalic = false
    /// The point size; the node's size when nil.
    var pointSize: Double?
    /// The colour; the node's font colour when nil.
    var color: Theme.Color?
  }

  /// The text, unescaped.
  var text: String
  /// How it is drawn.
  var style: Style

  /// A run of text in a style.
  init(_ text: String, _ style: Style = Style()) {
    self.text = text
    self.style = style
  }
}
