/// Information one agency sends another, with its legal basis and status.
public struct Exchange: Hashable, Sendable, Identifiable {
  /// The exchange's id.
  public typealias ID = Identifier<Exchange>

  /// The id other items use.
  public var id: ID
  /// The intercept where the exchange happens.
  public var intercept: InterceptNumber
  /// The agency that sends.
  public var from: Agency.ID
  /// The agency that receives.
  public var to: Agency.ID
  /// The data items, in the map's words.
  public var data: [String]
  /// The kinds of record the data contains.
  public var records: [RecordKind]
  /// Why the information is shared.
  public var purpose: String?
  /// How often it flows.
  public var frequency: Frequency?
  /// How it is sent.
  public var mechanism: Mechanism?
  /// What allows it.
  public var legalBases: [LegalBasis]
  /// The agreement that governs it.
  public var agreement: Agreement.ID?
  /// Whether it happens.
  public var status: Status
  /// The sources cited for it.
  public var sources: [Source.ID]

  /// Creates an exchange.
  public init(
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
