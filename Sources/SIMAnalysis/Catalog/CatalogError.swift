/// A problem in a catalog file shipped with simmap, found while reading it.
public struct CatalogError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The catalog file, such as `practices.yaml`.
  public var file: String
  /// What is wrong, in one sentence.
  public var message: String

  /// Creates an error.
  public init(file: String, message: String) {
    self.file = file
    self.message = message
  }

  /// `file: message`.
  public var description: String { "\(file): \(message)" }
}
