/// Reports ids that refer to nothing the map defines, with the closest id as a suggestion.
enum ReferenceCheck {
  static func run(_ loaded: LoadedMap) -> [Diagnostic] {
    let defined = definedIDs(in: loaded.map)
    var indexes: [String: SuggestionIndex] = [:]
    return loaded.sourceMap.references.compactMap { reference in
      let known = defined[reference.kind] ?? []
      guard !known.contains(reference.id) else { return nil }
      let index = indexes[reference.kind] ?? SuggestionIndex(known)
      indexes[reference.kind] = index
      let suggestion = Suggestion.didYouMean(index.closest(to: reference.id))
      return Diagnostic(
        .unknownReference, "unknown \(reference.kind) \"\(reference.id)\"\(suggestion)",
        at: reference.location, path: reference.path, hint: hint(for: reference.kind))
    }
  }

  /// The ids of each kind of item, as the model holds them (decision points include defaults).
  static func definedIDs(in map: Map) -> [String: Set<String>] {
    [
      Source.shape.name: Set(map.sources.map(\.id.rawValue)),
      Agency.shape.name: Set(map.agencies.map(\.id.rawValue)),
      Gap.shape.name: Set(map.allGaps.map(\.gap.id.rawValue)),
      DecisionPoint.shape.name: Set(
        map.intercepts.flatMap { $0.decisionPoints.map(\.id.rawValue) }),
      Agreement.shape.name: Set(map.agreements.map(\.id.rawValue)),
      Priority.shape.name: Set(map.priorities.map(\.id.rawValue)),
    ]
  }

  private static func hint(for kind: String) -> String {
    switch kind {
    case Agency.shape.name: "define it under agencies:, or correct the id"
    case Source.shape.name: "define it under sources:, or correct the id"
    case Gap.shape.name: "gaps are defined under intercepts: N: gaps:"
    case DecisionPoint.shape.name:
      "use a decision point of the map (see intercepts: N: decision-points:)"
    case Agreement.shape.name: "define it under agreements:, or correct the id"
    case Priority.shape.name: "define it under priorities:, or correct the id"
    default: "correct the id"
    }
  }
}
