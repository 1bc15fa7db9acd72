import SIMModel

/// What a rule reads: the map, where its values are, the catalogs and the date to check
/// against, with the lookups several rules share.
struct AnalysisContext {
  /// A resource with the intercept it is listed under and its place in the file.
  struct Placement {
    var resource: Resource
    var listedAt: InterceptNumber
    var path: FieldPath

    /// Whether it is operating or limited: running, if not as much as needed.
    var isRunning: Bool { resource.status == .operating || resource.status == .limited }

    /// Whether it serves `intercept`: listed there or with `also-serves` naming it.
    func serves(_ intercept: InterceptNumber) -> Bool {
      listedAt == intercept || resource.alsoServes.contains(intercept)
    }
  }

  let loaded: LoadedMap
  let catalog: PracticeCatalog
  let legalBases: LegalBasisCatalog
  let asOf: CalendarDate
  /// Every resource in map order.
  let placements: [Placement]
  /// The ranked linkage opportunities, found once by `Analyzer` before the rules run.
  var linkage = LinkageFinder.Result.none
  private let agencies: [Agency.ID: Agency]

  init(
    loaded: LoadedMap, catalog: PracticeCatalog, legalBases: LegalBasisCatalog,
    asOf: CalendarDate
  ) {
    self.loaded = loaded
    self.catalog = catalog
    self.legalBases = legalBases
    self.asOf = asOf
    self.placements = loaded.map.intercepts.flatMap { intercept in
      intercept.resources.enumerated().map { index, resource in
        Placement(
          resource: resource, listedAt: intercept.number,
          path: loaded.sourceMap.path(ofElement: index, in: ModelPath.resources(intercept.number)))
      }
    }
    self.agencies = Dictionary(
      loaded.map.agencies.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
  }

  var map: Map { loaded.map }

  /// The position of the value at `path`, or of its nearest recorded parent.
  func location(_ path: FieldPath) -> SourceLocation? {
    loaded.sourceMap.location(of: path)
  }

  /// The intercept's key in the file; nil when the map leaves the intercept out, so that a
  /// finding about it names the file rather than another intercept's line.
  func location(of intercept: InterceptNumber) -> SourceLocation? {
    loaded.sourceMap.exactLocation(of: ModelPath.intercept(intercept))
  }

  /// The position of the value at exactly `path`, or nil when the file does not write it.
  func exactLocation(_ path: FieldPath) -> SourceLocation? {
    loaded.sourceMap.exactLocation(of: path)
  }

  /// The agency with an id.
  func agency(_ id: Agency.ID) -> Agency? { agencies[id] }

  /// The agency's short name (or name), or its id when the map does not define it.
  func name(of id: Agency.ID) -> String { agencies[id]?.displayName ?? id.rawValue }

  /// The resources serving `intercept`: those listed there, then those that also serve it.
  func placements(serving intercept: InterceptNumber) -> [Placement] {
    placements.filter { $0.listedAt == intercept }
      + placements.filter { $0.listedAt != intercept && $0.serves(intercept) }
  }

  /// The path of the element at `index` of a model list.
  func path(ofElement index: Int, in list: FieldPath) -> FieldPath {
    loaded.sourceMap.path(ofElement: index, in: list)
  }
}
