extension Exchange {
  /// The keys of an exchange.
  package static let shape = ObjectShape(
    "exchange", "Information one agency sends another",
    fields: [
      FieldShape("id", .identifier, required: true, "The id other items use"),
      FieldShape("intercept", .interceptNumber, required: true, "Where it happens, 0 to 5"),
      FieldShape("from", .reference("agency"), required: true, "The agency that sends"),
      FieldShape("to", .reference("agency"), required: true, "The agency that receives"),
      FieldShape("data", .oneOrList(.text), "The data items"),
      FieldShape("records", .oneOrList(.word(RecordKind.words)), "The kinds of record shared"),
      FieldShape("purpose", .text, "Why the information is shared"),
      FieldShape("frequency", .word(Frequency.words), "How often it flows"),
      FieldShape("mechanism", .word(Mechanism.words), "How it is sent"),
      FieldShape("legal-basis", .oneOrList(.word(LegalBasis.words)), "What allows it"),
      FieldShape("agreement", .reference("agreement"), "The agreement that governs it"),
      FieldShape(
        "status", .word(Status.words), required: true, "in-place, partial, planned or gap"),
      .source,
    ])

  init?(reading node: MapNode) {
    guard let reader = node.object(Self.shape) else { return nil }
    let id = reader.identifier("id", Exchange.self)
    let intercept = reader["intercept"]?.interceptNumber()
    let from = reader.identifier("from", Agency.self)
    let to = reader.identifier("to", Agency.self)
    let exchange = Exchange(
      id: id ?? "", intercept: intercept ?? InterceptNumber.all[0], from: from ?? "", to: to ?? "",
      data: reader.oneOrList("data") { $0.nonEmptyText() },
      records: reader.oneOrList("records") { $0.word(RecordKind.self) },
      purpose: reader.text("purpose"), frequency: reader.word("frequency"),
      mechanism: reader.word("mechanism"),
      legalBases: reader.oneOrList("legal-basis") { $0.word(LegalBasis.self) },
      agreement: reader.identifier("agreement"), status: reader.word("status") ?? .gap,
      sources: reader.sources)
    // An exchange missing its id, intercept or agencies is reported above and left out.
    guard id != nil, intercept != nil, from != nil, to != nil else { return nil }
    self = exchange
  }
}
