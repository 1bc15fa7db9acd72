extension DecisionPoint {
  /// The keys of a decision point written as a mapping.
  package static let shape = ObjectShape(
    "decision point", "A step at an intercept: a SIM default renamed, or a local step",
    fields: [
      FieldShape("id", .identifier, required: true, "A default id to rename, or a new id"),
      FieldShape("name", .text, "The label; required for a local step"),
      FieldShape("note", .text, "A short note shown with the step"),
    ])

  /// The shape of one entry of `decision-points:`: a default id, or a mapping.
  static let entryShape = ValueShape.oneOf([.identifier, .object(shape)])

  /// Reads an entry; a string names a default, a mapping renames one or adds a local step.
  init?(reading node: MapNode, defaults: [ID: DecisionPoint], continuum: Continuum) {
    if case .scalar = node.node {
      guard let id = node.identifier(DecisionPoint.self) else { return nil }
      guard let point = defaults[id] else {
        let suggestion = Suggestion.didYouMean(id.rawValue, in: defaults.keys.map(\.rawValue))
        node.context.report(
          .unknownDecisionPoint,
          "\"\(id)\" is not a default \(continuum.rawValue) decision point\(suggestion)", at: node,
          hint: "to add a local step, write it as a mapping: { id: \(id), name: \"…\" }")
        return nil
      }
      node.context.recordDefinition(kind: Self.shape.name, id: id.rawValue, at: node)
      self = point
      return
    }
    guard let reader = node.object(Self.shape) else { return nil }
    let name = reader.nonEmptyText("name")
    let note = reader.text("note")
    guard let id = reader.identifier("id", DecisionPoint.self) else { return nil }
    let standard = defaults[id]
    if standard == nil && name == nil {
      node.context.report(
        Diagnostic(
          .missingKey, "local decision point \"\(id)\" needs a \"name\"", at: node.location,
          path: node.path.appending("name"),
          hint: "only the SIM's default steps may leave out name: "
            + defaults.keys.map(\.rawValue).sorted().joined(separator: ", ")))
    }
    self.init(
      id: id, name: name ?? standard?.name ?? id.rawValue, note: note, isDefault: standard != nil)
  }
}
