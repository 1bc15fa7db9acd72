/// Checks the meaning of a loaded map: unique ids, references that resolve, exchanges that
/// make sense.
///
/// Shape problems (types, missing keys, unknown keys) are found by `MapLoader`; the validator
/// runs after it, on whatever could be read, so one run reports both kinds.
public struct MapValidator: Sendable {
  /// One check over a loaded map.
  public typealias Check = @Sendable (LoadedMap) -> [Diagnostic]

  /// The checks, run in this order.
  public static let checks: [Check] = [
    DuplicateIDCheck.run,
    ReferenceCheck.run,
    ExchangeCheck.run,
    PriorityRankCheck.run,
    ResourcePlacementCheck.run,
  ]

  /// Creates a validator.
  public init() {}

  /// Every problem in the map, sorted by position.
  public func validate(_ loaded: LoadedMap) -> [Diagnostic] {
    Self.checks.flatMap { $0(loaded) }.sorted()
  }
}
