/// An entry of the table of contents.
public struct ContentsEntry: Hashable, Sendable {
  /// The section's anchor.
  public var id: String
  /// The section's title.
  public var title: String

  /// Creates an entry.
  public init(id: String, title: String) {
    self.id = id
    self.title = title
  }
}
