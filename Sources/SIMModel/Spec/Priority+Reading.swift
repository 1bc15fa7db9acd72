extension Priority {
  /// The keys of a priority.
  package static let shape = ObjectShape(
    "priority", "A priority for change the workshop voted on",
    fields: [
      FieldShape("id", .identifier, required: true, "The id actions use"),
      FieldShape("rank", .integer(minimum: 1), required: true, "Its place in the ranking, 1 first"),
      FieldShape("title", .text, required: true, "The priority in the workshop's words"),
      FieldShape("votes", .integer(minimum: 0), "The votes it received"),
      FieldShape("intercepts", .oneOrList(.interceptNumber), "The intercepts it concerns"),
      FieldShape("gaps", .oneOrList(.reference("gap")), "The gaps it addresses"),
      .source,
    ])

  init?(reading node: MapNode) {
    guard let reader = node.object(Self.shape) else { return nil }
    let id = reader.identifier("id", Priority.self)
    let priority = Priority(
      id: id ?? "", rank: reader.integer("rank", minimum: 1) ?? 0,
      title: reader.nonEmptyText("title") ?? "", votes: reader.integer("votes", minimum: 0),
      intercepts: reader.oneOrList("intercepts") { $0.interceptNumber() },
      gaps: reader.references("gaps"), sources: reader.sources)
    guard id != nil else { return nil }
    self = priority
  }
}
