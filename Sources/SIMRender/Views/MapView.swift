import SIMModel

/// A picture of a map: the same model drawn for a different purpose.
package enum MapView: Hashable, Sendable, CustomStringConvertible {
  /// The cross-system map: intercepts as columns, the spine, resources, gaps and sharing.
  case map
  /// Agencies grouped by sector, with the information they exchange.
  case sharing
  /// The cross-system map with the analysis marked on it: missing core practices and linkage
  /// opportunities in the intercepts where they belong.
  case opportunities
  /// One intercept in full detail, for a breakout group.
  case intercept(InterceptNumber)

  /// Every view, intercepts in order.
  package static var all: [MapView] {
    [.map, .sharing, .opportunities] + InterceptNumber.all.map(MapView.intercept)
  }

  /// Whether the view draws an analysis of the map (only the opportunities view does).
  package var needsAnalysis: Bool { self == .opportunities }

  /// Reads `map`, `sharing`, `opportunities` or `intercept:N` with N from 0 to 5; nil for anything else.
  package init?(parsing text: String) {
    switch text {
    case "map": self = .map
    case "sharing": self = .sharing
    case "opportunities": self = .opportunities
    default:
      let prefix = "intercept:"
      guard text.hasPrefix(prefix), let value = Int(text.dropFirst(prefix.count)),
        let number = InterceptNumber(value)
      else { return nil }
      self = .intercept(number)
    }
  }

  /// The view as `init(parsing:)` reads it.
  package var description: String {
    switch self {
    case .map: "map"
    case .sharing: "sharing"
    case .opportunities: "opportunities"
    case .intercept(let number): "intercept:\(number.value)"
    }
  }
}
