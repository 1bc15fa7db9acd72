/// A `<TABLE>` in an HTML-like label.
struct HTMLTable: Hashable, Sendable {
  /// The rows, top to bottom.
  var rows: [[HTMLCell]]
  /// The outer border width.
  var border = 0
  /// The default border of cells.
  var cellBorder = 0
  /// Space between cells.
  var cellSpacing = 0
  /// Space inside cells.
  var cellPadding = 3
  /// The background colour.
  var background: Theme.Color?
  /// The border colour.
  var color: Theme.Color?
}
