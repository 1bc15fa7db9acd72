/// The value of a DOT attribute: quoted text or an HTML-like label.
enum DOTValue: Hashable, Sendable {
  /// Written as a double-quoted, escaped string.
  case text(String)
  /// Written between `<` and `>`.
  case html(HTMLLabel)
}
