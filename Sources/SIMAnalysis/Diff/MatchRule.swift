/// How an item of the old map was paired with one of the new map.
package enum MatchRule: String, Hashable, Sendable {
  /// The same id.
  case id
  /// The same practice (or neither names one) and names at least half alike.
  case practiceAndName = "practice-and-name"
  /// The same practice at the same intercept, run by the same agencies.
  case practiceAndPlace = "practice-and-place"
  /// Texts at least half alike (gaps, priorities, steps).
  case text
  /// The same intercept, sender and receiver (exchanges).
  case agencies

  /// The rule in words, for reports: "matched by practice and name".
  package var label: String {
    switch self {
    case .id: "matched by id"
    case .practiceAndName: "matched by practice and name"
    case .practiceAndPlace: "matched by practice, intercept and agencies"
    case .text: "matched by wording"
    case .agencies: "matched by intercept and agencies"
    }
  }
}
