import SIMModel

/// What one map has at one intercept: its resources, exchanges, gaps and core-practice score.
package struct InterceptSide: Hashable, Sendable {
  /// The resources listed at the intercept, in map order.
  package var resources: [Resource]
  /// The exchanges at the intercept, in map order.
  package var exchanges: [ExchangeSummary]
  /// The gaps listed at the intercept, in map order.
  package var gaps: [Gap]
  /// The core practices of the intercept the map has running, and those it lacks.
  package var coverage: Coverage.Intercept

  /// Creates a side.
  package init(
    resources: [Resource], exchanges: [ExchangeSummary], gaps: [Gap],
    coverage: Coverage.Intercept
  ) {
    self.resources = resources
    self.exchanges = exchanges
    self.gaps = gaps
    self.coverage = coverage
  }

  /// The exchanges with `status`, in map order.
  package func exchanges(_ status: Exchange.Status) -> [ExchangeSummary] {
    exchanges.filter { $0.status == status }
  }

  /// One side of `number` of a profiled map.
  init(_ profile: MapProfile, at number: InterceptNumber) {
    let intercept = profile.map[intercept: number]
    self.init(
      resources: intercept.resources,
      exchanges: profile.exchanges.filter { $0.intercept == number },
      gaps: intercept.gaps,
      coverage: profile.coverage.intercepts[number.value])
  }
}
