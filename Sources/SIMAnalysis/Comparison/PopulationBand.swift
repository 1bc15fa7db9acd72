/// A size class of jurisdiction, so that places of similar size count as alike.
package enum PopulationBand: Int, Hashable, Sendable, CaseIterable, Comparable {
  /// Fewer than 50,000 residents.
  case small
  /// 50,000 to 249,999 residents.
  case medium
  /// 250,000 to 999,999 residents.
  case large
  /// 1,000,000 residents or more.
  case veryLarge

  /// The band a population falls in.
  package init(population: Int) {
    switch population {
    case ..<50_000: self = .small
    case ..<250_000: self = .medium
    case ..<1_000_000: self = .large
    default: self = .veryLarge
    }
  }

  /// The band's range in words, such as "50,000–249,999".
  package var label: String {
    switch self {
    case .small: "under 50,000"
    case .medium: "50,000–249,999"
    case .large: "250,000–999,999"
    case .veryLarge: "1,000,000 or more"
    }
  }

  /// How alike two bands are: 1 for the same band, 0.5 for neighbors, 0 otherwise.
  package func likeness(to other: PopulationBand) -> Double {
    switch abs(rawValue - other.rawValue) {
    case 0: 1
    case 1: 0.5
    default: 0
    }
  }

  /// Orders bands from small to very large.
  package static func < (lhs: PopulationBand, rhs: PopulationBand) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}
