/// A jurisdiction's Sequential Intercept Model map: the whole content of a `map.yaml`.
public struct Map: Hashable, Sendable {
  /// The highest map format version this release reads.
  public static let formatVersion = 1

  /// The place the map describes.
  public var jurisdiction: Jurisdiction
  /// Adult or juvenile.
  public var continuum: Continuum
  /// What the map's content comes from, for sample maps built from public sources.
  public var provenance: String?
  /// The workshop the map came from.
  public var workshop: Workshop?
  /// The documents items cite.
  public var sources: [Source]
  /// The organizations in the continuum.
  public var agencies: [Agency]
  /// Intercepts 0 to 5, always six and in order.
  public var intercepts: [Intercept]
  /// Information exchanges between agencies.
  public var exchanges: [Exchange]
  /// Agreements that govern exchanges.
  public var agreements: [Agreement]
  /// Voted priorities for change.
  public var priorities: [Priority]
  /// The action planning matrix.
  public var actions: [Action]
  /// The information-sharing project charter.
  public var charter: Charter?
  /// Settings for `simmap analyze`, such as rules the map switches off.
  public var analysis: AnalysisSettings

  /// Creates a map; missing intercepts are filled in with the continuum's defaults.
  public init(
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
  public subscript(intercept number: InterceptNumber) -> Intercept {
    intercepts[number.value]
  }

  /// Every resource, with the intercept it is listed under, in map order.
  public var allResources: [(intercept: InterceptNumber, resource: Resource)] {
    intercepts.flatMap { intercept in intercept.resources.map { (intercept.number, $0) } }
  }

  /// Every gap, with the intercept it is listed under, in map order.
  public var allGaps: [(intercept: InterceptNumber, gap: Gap)] {
    intercepts.flatMap { intercept in intercept.gaps.map { (intercept.number, $0) } }
  }

  /// The agency with an id.
  public func agency(id: Agency.ID) -> Agency? {
    agencies.first { $0.id == id }
  }
}
