/// A problem in a catalog file shipped with simmap, found while reading it.
package struct CatalogError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The catalog file, such as `practices.yaml`.
  package var file: String
  /// What is wrong, in one sentence.
  package var message: String

  /// Creates an error.
  package init(file: String, message: String) {
    self.file = file
    self.message = message
  }

  /// `file: message`.
  package var description: String { "\(file): \(message)" }
}
