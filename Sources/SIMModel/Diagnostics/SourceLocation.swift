/// A position in a map file.
///
/// Lines and columns are 1-based; columns count Unicode scalars, as Yams marks do.
package struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The file path as the user gave it.
  package var file: String
  /// The 1-based line.
  package var line: Int
  /// The 1-based column.
  package var column: Int

  /// Creates a location.
  package init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// `file:line:column`, the form editors and terminals recognize.
  package var description: String { "\(file):\(line):\(column)" }

  /// Orders by file, then line, then column.
  package static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
  }
}
