/// A flat table of one kind of item, for a spreadsheet: every resource, every gap and so on.
package struct ReportDataset: Hashable, Sendable {
  /// The name, used in the file name: `resources`, `gaps`, `exchanges`, `priorities`,
  /// `actions`.
  package var name: String
  /// The header row.
  package var headers: [String]
  /// The rows, each with one plain-text cell per header; an empty cell means not recorded.
  package var rows: [[String]]

  /// Creates a dataset.
  package init(name: String, headers: [String], rows: [[String]]) {
    self.name = name
    self.headers = headers
    self.rows = rows
  }
}
