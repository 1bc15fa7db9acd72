/// A public document a catalog entry cites: its title and address.
package struct CatalogSource: Hashable, Sendable, Codable {
  /// The document's title, with its publisher and year where known.
  package var title: String
  /// Where to read it.
  package var url: String

  /// Creates a citation.
  package init(title: String, url: String) {
    self.title = title
    self.url = url
  }
}
