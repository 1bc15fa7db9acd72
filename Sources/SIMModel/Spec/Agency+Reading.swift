extension Agency {
  /// The keys of an agency.
  package static let shape = ObjectShape(
    "agency", "An organization that takes part in the continuum",
    fields: [
      FieldShape("id", .identifier, required: true, "The id other items use"),
      FieldShape("name", .text, required: true, "The full name"),
      FieldShape("short-name", .text, "A short name for crowded pictures"),
      FieldShape("sector", .word(Sector.words), required: true, "The system it belongs to"),
      FieldShape("role", .oneOrList(.word(Role.words)), "What it does: one role or a list"),
      FieldShape("hipaa-covered-entity", .boolean, "Whether it is a HIPAA covered entity"),
      FieldShape(
        "part2-program", .boolean, "Whether it is a federally assisted 42 CFR Part 2 program"),
      .source,
    ])

  init?(reading node: MapNode) {
    guard let reader = node.object(Self.shape) else { return nil }
    let id = reader.identifier("id", Agency.self)
    let agency = Agency(
      id: id ?? "", name: reader.nonEmptyText("name") ?? "", shortName: reader.text("short-name"),
      sector: reader.word("sector") ?? .other,
      roles: reader.oneOrList("role") { $0.word(Role.self) },
      isHIPAACoveredEntity: reader.boolean("hipaa-covered-entity"),
      isPart2Program: reader.boolean("part2-program"), sources: reader.sources)
    guard id != nil else { return nil }
    self = agency
  }
}
