extension Action {
  /// The keys of an action.
  package static let shape = ObjectShape(
    "action", "An objective of the action planning matrix and its steps",
    fields: [
      FieldShape("id", .identifier, "An optional id, for comparing versions of a map"),
      FieldShape("priority", .reference("priority"), required: true, "The priority it serves"),
      FieldShape("objective", .text, required: true, "What the action aims at"),
      FieldShape("steps", .list(.object(Step.shape)), "The action steps, in order"),
    ])

  init?(reading node: MapNode) {
    guard let reader = node.object(Self.shape) else { return nil }
    let priority = reader.identifier("priority", Priority.self)
    let action = Action(
      id: reader.identifier("id"), priority: priority ?? "",
      objective: reader.nonEmptyText("objective") ?? "",
      steps: reader.list("steps") { Step(reading: $0) })
    guard priority != nil else { return nil }
    self = action
  }
}

extension Action.Step {
  /// The keys of an action step.
  package static let shape = ObjectShape(
    "action step", "One step: what, who and when",
    fields: [
      FieldShape("action", .text, required: true, "What will be done"),
      FieldShape("who", .text, "Who will do it"),
      FieldShape("when", .text, "When, such as 2026-06 or Q3 2026"),
      FieldShape(
        "status", .word(Status.words), "not-started (default), in-progress, done or blocked"),
    ])

  init?(reading node: MapNode) {
    guard let reader = node.object(Self.shape) else { return nil }
    self.init(
      action: reader.nonEmptyText("action") ?? "", who: reader.text("who"),
      when: reader.text("when"), status: reader.word("status") ?? .notStarted)
  }
}
