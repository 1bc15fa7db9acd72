extension Source {
  /// The keys of a source.
  package static let shape = ObjectShape(
    "source", "A public document that items cite with `source: id`",
    fields: [
      FieldShape("id", .identifier, required: true, "The id items cite"),
      FieldShape("title", .text, required: true, "The document's title"),
      FieldShape("url", .text, "Where to read it"),
      FieldShape("publisher", .text, "Who published it"),
      FieldShape("accessed", .date, "When it was last read"),
      FieldShape("notes", .text, "Free notes"),
    ])

  init?(reading node: MapNode) {
    guard let reader = node.object(Self.shape) else { return nil }
    let id = reader.identifier("id", Source.self)
    let source = Source(
      id: id ?? "", title: reader.nonEmptyText("title") ?? "", url: reader.text("url"),
      publisher: reader.text("publisher"), accessed: reader.date("accessed"),
      notes: reader.text("notes"))
    guard id != nil else { return nil }
    self = source
  }
}

extension FieldShape {
  /// The `source:` key that every citable item has.
  static let source = FieldShape(
    "source", .oneOrList(.reference("source")), "The id of the source it comes from, or a list")
}
