import Foundation

/// One file a renderer writes: the report itself, its picture, or a spreadsheet table.
package struct ReportFile: Hashable, Sendable {
  /// The file name, without a folder: `riverbend.md`, `riverbend.map.svg`.
  package var name: String
  /// The bytes.
  package var data: Data
  /// Whether this is the report itself rather than a file beside it.
  package var isMain: Bool

  /// Creates a file.
  package init(name: String, data: Data, isMain: Bool) {
    self.name = name
    self.data = data
    self.isMain = isMain
  }
}
