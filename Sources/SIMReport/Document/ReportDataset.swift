/// A flat table of one kind of item, for a spreadsheet: every resource, every gap and so on.
public struct ReportDataset: Hashable, Sendable {
  /// The name, used in the file name: `resources`, `gaps`, `exchanges`, `priorities`,
  /// `actions`.
  public var name: String
  /// The header row.
  public var headers: [String]
  /// The rows, each with one plain-text cell per header; an empty cell means not recorded.
  public var rows: [[String]]

  /// Creates a dataset.
  public init(name: String, headers: [String], rows: [[String]]) {
    self.name = name
    self.headers = headers
    self.rows = rows
  }
}
