/// A public document that items of the map cite with `source: id`.
public struct Source: Hashable, Sendable, Identifiable {
  /// The source's id.
  public typealias ID = Identifier<Source>

  /// The id items cite.
  public var id: ID
  /// The document's title.
  public var title: String
  /// Where to read it.
  public var url: String?
  /// Who published it.
  public var publisher: String?
  /// When it was last read.
  public var accessed: CalendarDate?
  /// Free notes.
  public var notes: String?

  /// Creates a source.
  public init(
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
