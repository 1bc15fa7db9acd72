/// A public document a catalog entry cites: its title and address.
public struct CatalogSource: Hashable, Sendable, Codable {
  /// The document's title, with its publisher and year where known.
  public var title: String
  /// Where to read it.
  public var url: String

  /// Creates a citation.
  public init(title: String, url: String) {
    self.title = title
    self.url = url
  }
}
