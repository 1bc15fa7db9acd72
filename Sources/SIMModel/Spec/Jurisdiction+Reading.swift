extension Jurisdiction {
  /// The keys of the jurisdiction.
  package static let shape = ObjectShape(
    "jurisdiction", "The place the map describes",
    fields: [
      FieldShape("name", .text, required: true, "The name, such as Riverbend County"),
      FieldShape(
        "kind", .word(Kind.words), "county (default), city, region, state or tribal-nation"),
      FieldShape("state", .text, "The state, by postal code or name"),
      FieldShape("population", .integer(minimum: 0), "The number of residents"),
      FieldShape("notes", .text, "Free notes"),
      .source,
    ])

  init(reading reader: ObjectReader) {
    self.init(
      name: reader.nonEmptyText("name") ?? "", kind: reader.word("kind") ?? .county,
      state: reader.text("state"), population: reader.integer("population", minimum: 0),
      notes: reader.text("notes"), sources: reader.sources)
  }
}
