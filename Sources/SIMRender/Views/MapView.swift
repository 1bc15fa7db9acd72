import SIMModel

/// A picture of a map: the same model drawn for a different purpose.
public enum MapView: Hashable, Sendable, CustomStringConvertible {
  /// The cross-system map: intercepts as columns, the spine, resources, gaps and sharing.
  case map
  /// Agencies grouped by sector, with the information they exchange.
  case sharing
  /// One intercept in full detail, for a breakout group.
  case intercept(InterceptNumber)

  /// Every view, intercepts in order.
  public static var all: [MapView] {
    [.map, .sharing] + InterceptNumber.all.map(MapView.intercept)
  }

  /// Reads `map`, `sharing` or `intercept:N` with N from 0 to 5; nil for anything else.
  public init?(parsing text: String) {
    switch text {
    case "map": self = .map
    case "sharing": self = .sharing
    default:
      let prefix = "intercept:"
      guard text.hasPrefix(prefix), let value = Int(text.dropFirst(prefix.count)),
        let number = InterceptNumber(value)
      else { return nil }
      self = .intercept(number)
    }
  }

  /// The view as `init(parsing:)` reads it.
  public var description: String {
    switch self {
    case .map: "map"
    case .sharing: "sharing"
    case .intercept(let number): "intercept:\(number.value)"
    }
  }
}
