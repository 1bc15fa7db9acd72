import SIMModel

/// What comparison reads from one map: its summary, core-practice coverage, the practices it has
/// running or planned, and its exchanges with agency names.
struct MapProfile {
  let map: Map
  let summary: MapSummary
  let coverage: Coverage
  /// Practices some operating or limited resource implements.
  let runningPractices: Set<String>
  /// Practices only planned resources implement.
  let plannedPractices: Set<String>
  /// The map's exchanges, in map order.
  let exchanges: [ExchangeSummary]

  init(_ loaded: LoadedMap, catalog: PracticeCatalog) {
    let map = loaded.map
    self.map = map
    self.summary = MapSummary(map: map, file: loaded.file)
    // The date only matters to agreement rules, which coverage does not run.
    let context = AnalysisContext(
      loaded: loaded, catalog: catalog, legalBases: .standard, asOf: CalendarDate(year: 2000))
    self.coverage = CoverageCounter(context: context).coverage()
    let resources = map.allResources.map(\.resource)
    let running = Set(resources.filter(\.isRunning).compactMap(\.practice))
    self.runningPractices = running
    self.plannedPractices = Set(
      resources.filter { $0.status == .planned }.compactMap(\.practice)
    ).subtracting(running)
    self.exchanges = map.exchanges.map { ExchangeSummary($0, in: map) }
  }

  /// How far the map has a practice: running, planned or absent (ended counts as absent).
  func state(of practice: String) -> PracticeComparison.State {
    if runningPractices.contains(practice) { return .running }
    if plannedPractices.contains(practice) { return .planned }
    return .absent
  }

  /// The resources that implement `practice` and are running or planned, in map order.
  func resources(implementing practice: String) -> [Resource] {
    map.allResources.map(\.resource).filter {
      $0.practice == practice && $0.status != .ended
    }
  }

  /// The exchanges that happen, fully or in part.
  var workingExchanges: [ExchangeSummary] {
    exchanges.filter { $0.status == .inPlace || $0.status == .partial }
  }
}
