/// A public document that items of the map cite with `source: id`.
package struct Source: Hashable, Sendable, Identifiable {
  /// The source's id.
  package typealias ID = Identifier<Source>

  /// The id items cite.
  package var id: ID
  /// The document's title.
  package var title: String
  /// Where to read it.
  package var url: String?
  /// Who published it.
  package var publisher: String?
  /// When it was last read.
  package var accessed: CalendarDate?
  /// Free notes.
  package var notes: String?

  /// Creates a source.
  package init(
    id: ID, title: String, url: String? = nil, publisher: String? = nil,
    accessed: CalendarDate? = nil, notes: String? = nil
  ) {
    self.id = id
    self.title = title
    self.url = url
    self.publisher = publisher
    self.accessed = accessed
    self.notes = notes
  }
}
