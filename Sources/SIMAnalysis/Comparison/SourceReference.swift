import SIMModel

/// A source an item of a map cites, resolved to its title and address.
package struct SourceReference: Hashable, Sendable {
  /// The source's id in its map.
  package var id: String
  /// The document's title; the id when the map does not define the source.
  package var title: String
  /// Where to read it, when the map gives an address.
  package var url: String?

  /// Creates a reference.
  package init(id: String, title: String, url: String? = nil) {
    self.id = id
    self.title = title
    self.url = url
  }

  /// The sources `ids` name in `map`, in the order cited.
  package static func resolve(_ ids: [Source.ID], in map: Map) -> [SourceReference] {
    ids.map { id in
      let source = map.sources.first { $0.id == id }
      return SourceReference(id: id.rawValue, title: source?.title ?? id.rawValue, url: source?.url)
    }
  }
}
