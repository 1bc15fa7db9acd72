/// Information one agency sends another, with its legal basis and status.
package struct Exchange: Hashable, Sendable, Identifiable {
  /// The exchange's id.
  package typealias ID = Identifier<Exchange>

  /// The id other items use.
  package var id: ID
  /// The intercept where the exchange happens.
  package var intercept: InterceptNumber
  /// The agency that sends.
  package var from: Agency.ID
  /// The agency that receives.
  package var to: Agency.ID
  /// The data items, in the map's words.
  package var data: [String]
  /// The kinds of record the data contains.
  package var records: [RecordKind]
  /// Why the information is shared.
  package var purpose: String?
  /// How often it flows.
  package var frequency: Frequency?
  /// How it is sent.
  package var mechanism: Mechanism?
  /// What allows it.
  package var legalBases: [LegalBasis]
  /// The agreement that governs it.
  package var agreement: Agreement.ID?
  /// Whether it happens.
  package var status: Status
  /// The sources cited for it.
  package var sources: [Source.ID]

  /// Creates an exchange.
  package init(
    id: ID, intercept: InterceptNumber, from: Agency.ID, to: Agency.ID, data: [String] = [],
    records: [RecordKind] = [], purpose: String? = nil, frequency: Frequency? = nil,
    mechanism: Mechanism? = nil, legalBases: [LegalBasis] = [], agreement: Agreement.ID? = nil,
    status: Status, sources: [Source.ID] = []
  ) {
    self.id = id
    self.intercept = intercept
    self.from = from
    self.to = to
    self.data = data
    self.records = records
    self.purpose = purpose
    self.frequency = frequency
    self.mechanism = mechanism
    self.legalBases = legalBases
    self.agreement = agreement
    self.status = status
    self.sources = sources
  }
}
