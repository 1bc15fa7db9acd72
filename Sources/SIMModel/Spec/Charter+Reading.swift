extension Charter {
  /// The keys of the charter.
  package static let shape = ObjectShape(
    "charter", "The information-sharing project charter (Justice and Health Connect, Module 1)",
    fields: [
      FieldShape("mission", .text, "The mission statement"),
      FieldShape("objectives", .list(.object(Objective.shape)), "What the project sets out to do"),
      FieldShape("intercepts", .oneOrList(.interceptNumber), "The intercepts in scope"),
      FieldShape("partners", .list(.object(Partner.shape)), "The partner agencies"),
      FieldShape("co-chairs", .list(.reference("agency")), "Agencies whose heads co-chair"),
      FieldShape("working-groups", .list(.object(WorkingGroup.shape)), "The working groups"),
      FieldShape("meetings", .text, "How often the project meets"),
    ])

  init(reading reader: ObjectReader) {
    self.init(
      mission: reader.text("mission"),
      objectives: reader.list("objectives") { Objective(reading: $0) },
      intercepts: reader.oneOrList("intercepts") { $0.interceptNumber() },
      partners: reader.list("partners") { Partner(reading: $0) },
      coChairs: reader.references("co-chairs"),
      workingGroups: reader.list("working-groups") { WorkingGroup(reading: $0) },
      meetings: reader.text("meetings"))
  }
}

extension Charter.Objective {
  /// The keys of a charter objective.
  package static let shape = ObjectShape(
    "objective", "An objective of the information-sharing project",
    fields: [
      FieldShape("kind", .word(Kind.words), required: true, "The kind of objective"),
      FieldShape("text", .text, required: true, "The objective in the team's words"),
    ])

  init?(reading node: MapNode) {
    guard let reader = node.object(Self.shape) else { return nil }
    self.init(kind: reader.word("kind") ?? .other, text: reader.nonEmptyText("text") ?? "")
  }
}

extension Charter.Partner {
  /// The keys of a charter partner.
  package static let shape = ObjectShape(
    "partner", "A partner agency and what it takes on",
    fields: [
      FieldShape("agency", .reference("agency"), required: true, "The agency"),
      FieldShape("responsibilities", .text, "What it is responsible for"),
    ])

  init?(reading node: MapNode) {
    guard let reader = node.object(Self.shape) else { return nil }
    let agency = reader.identifier("agency", Agency.self)
    let responsibilities = reader.text("responsibilities")
    guard let agency else { return nil }
    self.init(agency: agency, responsibilities: responsibilities)
  }
}

extension Charter.WorkingGroup {
  /// The keys of a working group.
  package static let shape = ObjectShape(
    "working group", "A working group of the project",
    fields: [
      FieldShape("name", .text, required: true, "Its name"),
      FieldShape("purpose", .text, "What it works on"),
      FieldShape("chairs", .list(.reference("agency")), "The agencies that chair it"),
      FieldShape("members", .list(.reference("agency")), "The agencies that take part"),
    ])

  init?(reading node: MapNode) {
    guard let reader = node.object(Self.shape) else { return nil }
    self.init(
      name: reader.nonEmptyText("name") ?? "", purpose: reader.text("purpose"),
      chairs: reader.references("chairs"), members: reader.references("members"))
  }
}
