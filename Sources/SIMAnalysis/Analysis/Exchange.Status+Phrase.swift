import SIMModel

extension Exchange.Status {
  /// How the status reads after a comma in a sentence: "only partial", "recorded as a gap".
  package var phrase: String {
    switch self {
    case .inPlace: "in place"
    case .partial: "only partial"
    case .planned: "planned"
    case .gap: "recorded as a gap"
    }
  }
}
