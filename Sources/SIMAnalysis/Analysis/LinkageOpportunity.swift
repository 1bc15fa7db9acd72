import SIMModel

/// A place where a justice agency and a health agency serve the same people at one intercept
/// but no exchange between them is in place.
package struct LinkageOpportunity: Hashable, Sendable {
  /// The most opportunities an analysis lists; the rest are counted in
  /// `Analysis.opportunitiesLeftOut`.
  package static var limit: Int { LinkageFinder.limit }

  /// An agency named in a report: its id and the name to show.
  package struct AgencyReference: Hashable, Sendable {
    /// The agency's id.
    package var id: Agency.ID
    /// Its short name, or its name.
    package var name: String
  }

  /// The exchange simmap suggests for the pair.
  package struct Suggestion: Hashable, Sendable {
    /// What the exchange is, such as "Release notice to the community provider".
    package var title: String
    /// The agency that would send.
    package var from: AgencyReference
    /// The agency that would receive.
    package var to: AgencyReference
    /// The information that would flow.
    package var data: String
    /// The kinds of record it would carry.
    package var records: [Exchange.RecordKind]
    /// What it would achieve.
    package var purpose: String
  }

  /// A largest recorded figure of how many people pass through.
  package struct PeopleFigure: Hashable, Sendable {
    /// The figure.
    package var value: Double
    /// Its unit, such as "bookings".
    package var unit: String
    /// What is counted, as the map names it.
    package var name: String
    /// The year, when the map gives it.
    package var year: Int?
  }

  /// A legal basis named in a report: its id, name and citation.
  package struct BasisReference: Hashable, Sendable {
    /// The basis, as maps write it.
    package var id: LegalBasis
    /// The name people use.
    package var name: String
    /// The law it rests on.
    package var citation: String
  }

  /// An exchange the map records between the pair at the intercept that is not in place.
  package struct NamedExchange: Hashable, Sendable {
    /// Its id.
    package var id: Exchange.ID
    /// Its status: partial, planned or gap.
    package var status: Exchange.Status
    /// Where it is in the map file.
    package var location: SourceLocation?
  }

  /// Its place in the ranking, 1 first.
  package var rank: Int
  /// The intercept where both agencies serve people.
  package var intercept: InterceptNumber
  /// The justice agency.
  package var justice: AgencyReference
  /// The health or behavioral health agency.
  package var health: AgencyReference
  /// The running resources of either agency that serve the intercept, in map order.
  package var resources: [Resource.ID]
  /// The largest figure of people recorded for those resources or the intercept.
  package var people: PeopleFigure?
  /// The suggested exchange.
  package var suggestion: Suggestion
  /// The legal bases, from the legal-basis catalog, that would allow the suggested exchange.
  package var legalBases: [BasisReference]
  /// Exchanges between the pair at the intercept that are partial, planned or a gap.
  package var named: [NamedExchange]
  /// Where it belongs in the map file: the first of the resources.
  package var location: SourceLocation?
}
