import SIMModel

/// A place where a justice agency and a health agency serve the same people at one intercept
/// but no exchange between them is in place.
public struct LinkageOpportunity: Hashable, Sendable {
  /// The most opportunities an analysis lists; the rest are counted in
  /// `Analysis.opportunitiesLeftOut`.
  public static var limit: Int { LinkageFinder.limit }

  /// An agency named in a report: its id and the name to show.
  public struct AgencyReference: Hashable, Sendable {
    /// The agency's id.
    public var id: Agency.ID
    /// Its short name, or its name.
    public var name: String
  }

  /// The exchange simmap suggests for the pair.
  public struct Suggestion: Hashable, Sendable {
    /// What the exchange is, such as "Release notice to the community provider".
    public var title: String
    /// The agency that would send.
    public var from: AgencyReference
    /// The agency that would receive.
    public var to: AgencyReference
    /// The information that would flow.
    public var data: String
    /// The kinds of record it would carry.
    public var records: [Exchange.RecordKind]
    /// What it would achieve.
    public var purpose: String
  }

  /// A largest recorded figure of how many people pass through.
  public struct PeopleFigure: Hashable, Sendable {
    /// The figure.
    public var value: Double
    /// Its unit, such as "bookings".
    public var unit: String
    /// What is counted, as the map names it.
    public var name: String
    /// The year, when the map gives it.
    public var year: Int?
  }

  /// A legal basis named in a report: its id, name and citation.
  public struct BasisReference: Hashable, Sendable {
    /// The basis, as maps write it.
    public var id: LegalBasis
    /// The name people use.
    public var name: String
    /// The law it rests on.
    public var citation: String
  }

  /// An exchange the map records between the pair at the intercept that is not in place.
  public struct NamedExchange: Hashable, Sendable {
    /// Its id.
    public var id: Exchange.ID
    /// Its status: partial, planned or gap.
    public var status: Exchange.Status
    /// Where it is in the map file.
    public var location: SourceLocation?
  }

  /// Its place in the ranking, 1 first.
  public var rank: Int
  /// The intercept where both agencies serve people.
  public var intercept: InterceptNumber
  /// The justice agency.
  public var justice: AgencyReference
  /// The health or behavioral health agency.
  public var health: AgencyReference
  /// The running resources of either agency that serve the intercept, in map order.
  public var resources: [Resource.ID]
  /// The largest figure of people recorded for those resources or the intercept.
  public var people: PeopleFigure?
  /// The suggested exchange.
  public var suggestion: Suggestion
  /// The legal bases, from the legal-basis catalog, that would allow the suggested exchange.
  public var legalBases: [BasisReference]
  /// Exchanges between the pair at the intercept that are partial, planned or a gap.
  public var named: [NamedExchange]
  /// Where it belongs in the map file: the first of the resources.
  public var location: SourceLocation?
}
