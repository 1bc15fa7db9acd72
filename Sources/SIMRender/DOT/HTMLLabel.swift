/// An HTML-like label (`<…>`): lines of styled text, or a table.
///
/// The label holds plain text; the encoder escapes it, so text from a map can never add markup.
struct HTMLLabel: Hashable, Sendable {
  /// What the label shows.
  enum Content: Hashable, Sendable {
    /// Lines of text separated by `<BR/>`.
    case lines([HTMLLine])
    /// A `<TABLE>`.
    case table(HTMLTable)
  }

  /// What the label shows.
  var content: Content

  /// A label of text lines.
  init(lines: [HTMLLine]) {
    content = .lines(lines)
  }

  /// A label holding a table.
  init(table: HTMLTable) {
    content = .table(table)
  }
}
