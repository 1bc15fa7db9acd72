/// Writes a report document in one format. A new format is one new type conforming to this
/// protocol, with its own golden test.
package protocol ReportRenderer: Sendable {
  /// The files of `document`, named from `baseName` (a file name without folder or
  /// extension, such as `riverbend`); the same document always gives the same bytes.
  func files(for document: ReportDocument, baseName: String) -> [ReportFile]
}
