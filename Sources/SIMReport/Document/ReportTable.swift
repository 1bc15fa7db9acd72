/// A table with a caption, column headers and rows of cells.
public struct ReportTable: Hashable, Sendable {
  /// A column: its header and whether its cells are short (kept on one line where possible).
  public struct Column: Hashable, Sendable {
    /// The header text.
    public var header: String
    /// Whether the column holds numbers, aligned right.
    public var isNumeric: Bool

    /// Creates a column.
    public init(_ header: String, isNumeric: Bool = false) {
      self.header = header
      self.isNumeric = isNumeric
    }
  }

  /// The caption, read out before the table.
  public var caption: String
  /// The columns, in order.
  public var columns: [Column]
  /// The rows; each has one cell per column.
  public var rows: [[[Inline]]]
  /// Whether the first cell of each row is the row's header.
  public var hasRowHeaders: Bool
  /// What to show instead of an empty table.
  public var emptyText: String

  /// Creates a table.
  public init(
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
