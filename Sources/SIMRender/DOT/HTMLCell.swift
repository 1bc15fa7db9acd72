/// A `<TD>` cell.
struct HTMLCell: Hashable, Sendable {
  /// The text lines in the cell.
  var lines: [HTMLLine]
  /// How many columns it spans.
  var columnSpan = 1
  /// The background colour.
  var background: Theme.Color?
  /// The border width, when it differs from the table's cell border.
  var border: Int?
  /// The horizontal alignment of the cell's content.
  var alignment: HTMLLine.Alignment = .center
  /// The border colour.
  var color: Theme.Color?
  /// Which sides get a border, such as `B` for the bottom only; all when nil.
  var sides: String?
  /// The border's stroke, for sample lines in legends.
  var line: Theme.LineStyle?
  /// The minimum width, in points.
  var width: Int?

  /// A cell of lines.
  init(
    _ lines: [HTMLLine], columnSpan: Int = 1, background: Theme.Color? = nil, border: Int? = nil,
    alignment: HTMLLine.Alignment = .center
  ) {
    self.lines = lines
    self.columnSpan = columnSpan
    self.background = background
    self.border = border
    self.alignment = alignment
  }
}
