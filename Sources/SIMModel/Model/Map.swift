/// A jurisdiction's Sequential Intercept Model map: the whole content of a `map.yaml`.
package struct Map: Hashable, Sendable {
  /// The highest map format version this release reads.
  package static let formatVersion = 1

  /// The place the map describes.
  package var jurisdiction: Jurisdiction
  /// Adult or juvenile.
  package var continuum: Continuum
  /// What the map's content comes from, for sample maps built from public sources.
  package var provenance: String?
  /// The workshop the map came from.
  package var workshop: Workshop?
  /// The documents items cite.
  package var sources: [Source]
  /// The organizations in the continuum.
  package var agencies: [Agency] {
    didSet { agencyPositions = AgencyPositions(agencies) }
  }
  /// Where each agency id first appears in `agencies`, so that `agency(id:)` does not scan.
  private var agencyPositions: AgencyPositions
  /// Intercepts 0 to 5, always six and in order.
  package var intercepts: [Intercept]
  /// Information exchanges between agencies.
  package var exchanges: [Exchange]
  /// Agreements that govern exchanges.
  package var agreements: [Agreement]
  /// Voted priorities for change.
  package var priorities: [Priority]
  /// The action planning matrix.
  package var actions: [Action]
  /// The information-sharing project charter.
  package var charter: Charter?
  /// Settings for `simmap analyze`, such as rules the map switches off.
  package var analysis: AnalysisSettings

  /// Creates a map; missing intercepts are filled in with the continuum's defaults.
  package init(
    jurisdiction: Jurisdiction, continuum: Continuum = .adult, provenance: String? = nil,
    workshop: Workshop? = nil, sources: [Source] = [], agencies: [Agency] = [],
    intercepts: [Intercept] = [], exchanges: [Exchange] = [], agreements: [Agreement] = [],
    priorities: [Priority] = [], actions: [Action] = [], charter: Charter? = nil,
    analysis: AnalysisSettings = AnalysisSettings()
  ) {
    self.jurisdiction = jurisdiction
    self.continuum = continuum
    self.provenance = provenance
    self.workshop = workshop
    self.sources = sources
    self.agencies = agencies
    self.agencyPositions = AgencyPositions(agencies)
    self.intercepts = InterceptNumber.all.map { number in
      intercepts.first { $0.number == number }
        ?? Intercept(
          number: number, decisionPoints: DecisionPoint.defaults(for: number, continuum: continuum))
    }
    self.exchanges = exchanges
    self.agreements = agreements
    self.priorities = priorities
    self.actions = actions
    self.charter = charter
    self.analysis = analysis
  }

  /// The intercept with a number.
  package subscript(intercept number: InterceptNumber) -> Intercept {
    intercepts[number.value]
  }

  /// Every resource, with the intercept it is listed under, in map order.
  package var allResources: [(intercept: InterceptNumber, resource: Resource)] {
    intercepts.flatMap { intercept in intercept.resources.map { (intercept.number, $0) } }
  }

  /// Every gap, with the intercept it is listed under, in map order.
  package var allGaps: [(intercept: InterceptNumber, gap: Gap)] {
    intercepts.flatMap { intercept in intercept.gaps.map { (intercept.number, $0) } }
  }

  /// The agency with an id.
  package func agency(id: Agency.ID) -> Agency? {
    agencyPositions.positions[id].map { agencies[$0] }
  }
}
