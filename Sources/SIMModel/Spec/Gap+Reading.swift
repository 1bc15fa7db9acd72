extension Gap {
  /// The keys of a gap.
  package static let shape = ObjectShape(
    "gap", "Something missing or failing at an intercept",
    fields: [
      FieldShape("id", .identifier, required: true, "The id, unique across the map"),
      FieldShape("text", .text, required: true, "The gap in the workshop's words"),
      FieldShape("practice", .identifier, "The practice that would close it"),
      FieldShape("severity", .word(Severity.words), "low, medium (default) or high"),
      .source,
    ])

  init?(reading node: MapNode) {
    guard let reader = node.object(Self.shape) else { return nil }
    let id = reader.identifier("id", Gap.self)
    let gap = Gap(
      id: id ?? "", text: reader.nonEmptyText("text") ?? "",
      practice: reader.identifier("practice", Gap.self)?.rawValue,
      severity: reader.word("severity") ?? .medium, sources: reader.sources)
    guard id != nil else { return nil }
    self = gap
  }
}
