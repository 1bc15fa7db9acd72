/// Checks the meaning of a loaded map: unique ids, references that resolve, exchanges that
/// make sense.
///
/// Shape problems (types, missing keys, unknown keys) are found by `MapLoader`; these checks run
/// after it, on whatever could be read, so one run reports both kinds. `MapChecker` (SIMAnalysis)
/// runs them with the catalog checks: that is the one way simmap checks a map.
package enum MeaningChecks {
  /// The checks, run in this order.
  static let checks: [@Sendable (LoadedMap) -> [Diagnostic]] = [
    DuplicateIDCheck.run,
    ReferenceCheck.run,
    ExchangeCheck.run,
    PriorityRankCheck.run,
    ResourcePlacementCheck.run,
  ]

  /// Every problem of meaning in the map, sorted by position.
  package static func run(_ loaded: LoadedMap) -> [Diagnostic] {
    checks.flatMap { $0(loaded) }.sorted()
  }
}
