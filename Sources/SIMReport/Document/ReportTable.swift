/// A table with a caption, column headers and rows of cells.
package struct ReportTable: Hashable, Sendable {
  /// A column: its header and whether its cells are short (kept on one line where possible).
  package struct Column: Hashable, Sendable {
    /// The header text.
    package var header: String
    /// Whether the column holds numbers, aligned right.
    package var isNumeric: Bool

    /// Creates a column.
    package init(_ header: String, isNumeric: Bool = false) {
      self.header = header
      self.isNumeric = isNumeric
    }
  }

  /// The caption, read out before the table.
  package var caption: String
  /// The columns, in order.
  package var columns: [Column]
  /// The rows; each has one cell per column.
  package var rows: [[[Inline]]]
  /// Whether the first cell of each row is the row's header.
  package var hasRowHeaders: Bool
  /// What to show instead of an empty table.
  package var emptyText: String

  /// Creates a table.
  package init(
    caption: String, columns: [Column], rows: [[[Inline]]], hasRowHeaders: Bool = false,
    emptyText: String = "None recorded."
  ) {
    self.caption = caption
    self.columns = columns
    self.rows = rows
    self.hasRowHeaders = hasRowHeaders
    self.emptyText = emptyText
  }
}
