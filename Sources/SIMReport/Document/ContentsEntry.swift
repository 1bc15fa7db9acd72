/// An entry of the table of contents.
package struct ContentsEntry: Hashable, Sendable {
  /// The section's anchor.
  package var id: String
  /// The section's title.
  package var title: String

  /// Creates an entry.
  package init(id: String, title: String) {
    self.id = id
    self.title = title
  }
}
