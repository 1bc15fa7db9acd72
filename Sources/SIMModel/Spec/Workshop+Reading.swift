extension Workshop {
  /// The keys of the workshop.
  package static let shape = ObjectShape(
    "workshop", "The mapping workshop the map came from",
    fields: [
      FieldShape("dates", .oneOrList(.date), "The days of the workshop"),
      FieldShape("facilitators", .oneOrList(.text), "People or organizations who facilitated"),
      FieldShape("participants", .integer(minimum: 0), "How many people took part"),
      FieldShape("team", .list(.object(TeamMember.shape)), "The core planning team"),
      FieldShape("notes", .text, "Free notes, such as who requested the workshop"),
      .source,
    ])

  init(reading reader: ObjectReader) {
    self.init(
      dates: reader.oneOrList("dates") { $0.date() },
      facilitators: reader.oneOrList("facilitators") { $0.nonEmptyText() },
      participants: reader.integer("participants", minimum: 0),
      team: reader.entities("team") { TeamMember(reading: $0) }, notes: reader.text("notes"),
      sources: reader.sources)
  }
}

extension TeamMember {
  /// The keys of a core planning team member.
  package static let shape = ObjectShape(
    "team member", "A member of the core planning team",
    fields: [
      FieldShape("role", .text, required: true, "The position or title, such as Sheriff"),
      FieldShape("agency", .reference("agency"), "The agency the member represents"),
      FieldShape("name", .text, "The member's name (prefer roles in shared maps)"),
      FieldShape(
        "stakeholder", .oneOrList(.word(Stakeholder.words)),
        "Stakeholder parts the member covers, such as executive-sponsor or co-chair"),
    ])

  init?(reading node: MapNode) {
    guard let reader = node.object(Self.shape) else { return nil }
    self.init(
      role: reader.nonEmptyText("role") ?? "", agency: reader.identifier("agency"),
      name: reader.text("name"),
      stakeholder: reader.oneOrList("stakeholder") { $0.word(Stakeholder.self) })
  }
}
