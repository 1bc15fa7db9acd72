extension Agreement {
  /// The keys of an agreement.
  package static let shape = ObjectShape(
    "agreement", "A signed instrument that governs information sharing",
    fields: [
      FieldShape("id", .identifier, required: true, "The id exchanges use"),
      FieldShape("kind", .word(Kind.words), required: true, "The kind of instrument"),
      FieldShape("title", .text, "Its title"),
      FieldShape("parties", .list(.reference("agency")), "The agencies that signed it"),
      FieldShape("signed", .date, "When it was signed"),
      FieldShape("review-by", .date, "When it is due for review"),
      .source,
    ])

  init?(reading node: MapNode) {
    guard let reader = node.object(Self.shape) else { return nil }
    let id = reader.identifier("id", Agreement.self)
    let signed = reader.date("signed")
    let reviewBy = reader.date("review-by")
    if let signed, let reviewBy, reviewBy < signed, let reviewNode = reader["review-by"] {
      node.context.report(
        .dateOrder,
        "\(id.map { "agreement \"\($0)\"" } ?? "the agreement") is due for review (\(reviewBy)) "
          + "before it was signed (\(signed))",
        at: reviewNode)
    }
    let agreement = Agreement(
      id: id ?? "", kind: reader.word("kind") ?? .mou, title: reader.text("title"),
      parties: reader.references("parties"), signed: signed,
      reviewBy: reviewBy, sources: reader.sources)
    guard id != nil else { return nil }
    self = agreement
  }
}
