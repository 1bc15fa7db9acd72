import Foundation

/// One file a renderer writes: the report itself, its picture, or a spreadsheet table.
public struct ReportFile: Hashable, Sendable {
  /// The file name, without a folder: `riverbend.md`, `riverbend.map.svg`.
  public var name: String
  /// The bytes.
  public var data: Data
  /// Whether this is the report itself rather than a file beside it.
  public var isMain: Bool

  /// Creates a file.
  public init(name: String, data: Data, isMain: Bool) {
    self.name = name
    self.data = data
    self.isMain = isMain
  }
}
