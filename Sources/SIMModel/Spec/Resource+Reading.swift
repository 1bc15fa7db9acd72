extension Resource {
  /// The keys of a resource.
  package static let shape = ObjectShape(
    "resource", "A program or service at an intercept",
    fields: [
      FieldShape("id", .identifier, required: true, "The id, unique across the map"),
      FieldShape("name", .text, required: true, "The name on the map"),
      FieldShape("agency", .reference("agency"), "The agency that runs it"),
      FieldShape("agencies", .list(.reference("agency")), "The agencies of a joint program"),
      FieldShape("at", .reference("decision point"), "The decision point it sits at"),
      FieldShape("also-serves", .oneOrList(.interceptNumber), "Other intercepts it also serves"),
      FieldShape("practice", .identifier, "The evidence-based practice it implements"),
      FieldShape("description", .text, "What it does"),
      FieldShape("capacity", .text, "How many people it can serve, such as 12 beds"),
      FieldShape("hours", .text, "When it is open, such as 24/7"),
      FieldShape("status", .word(Status.words), "operating (default), limited, planned or ended"),
      FieldShape("measures", .list(.object(Measure.shape)), "Figures for the resource"),
      .source,
    ])

  init?(reading node: MapNode) {
    guard let reader = node.object(Self.shape) else { return nil }
    let id = reader.identifier("id", Resource.self)
    var agencies = reader.references("agencies", Agency.self)
    if let agency = reader.identifier("agency", Agency.self) {
      if reader.contains("agencies"), let conflict = reader["agencies"] {
        node.context.report(
          .conflictingKeys, "a resource gives both \"agency\" and \"agencies\"",
          at: conflict,
          hint: "use agency: for one agency, or agencies: [a, b] for a joint program")
      }
      agencies.insert(agency, at: 0)
    }
    let resource = Resource(
      id: id ?? "", name: reader.nonEmptyText("name") ?? "", agencies: agencies,
      decisionPoint: reader.identifier("at"),
      alsoServes: reader.oneOrList("also-serves") { $0.interceptNumber() },
      practice: reader.identifier("practice", Resource.self)?.rawValue,
      description: reader.text("description"), capacity: reader.text("capacity"),
      hours: reader.text("hours"), status: reader.word("status") ?? .operating,
      measures: reader.list("measures") { Measure(reading: $0) }, sources: reader.sources)
    guard id != nil else { return nil }
    self = resource
  }
}
