import SIMModel

/// The map's exchanges by unordered agency pair, built once per analysis: which intercepts
/// have an exchange in place between the two (a bit per intercept), and every exchange between
/// them in map order.
struct ExchangeIndex {
  private struct Pair: Hashable {
    var first: Agency.ID
    var second: Agency.ID

    init(_ one: Agency.ID, _ other: Agency.ID) {
      (first, second) = one.rawValue < other.rawValue ? (one, other) : (other, one)
    }
  }

  private struct Links {
    /// Bit `n` is set when an exchange at intercept `n` is in place.
    var inPlace: UInt8 = 0
    /// The indexes of the exchanges in `map.exchanges`, in map order.
    var exchanges: [Int] = []
  }

  private var links: [Pair: Links] = [:]
  private let all: [Exchange]

  init(context: AnalysisContext) {
    all = context.map.exchanges
    for (index, exchange) in all.enumerated() where exchange.from != exchange.to {
      let pair = Pair(exchange.from, exchange.to)
      links[pair, default: Links()].exchanges.append(index)
      if exchange.status == .inPlace {
        links[pair, default: Links()].inPlace |= 1 << UInt8(exchange.intercept.value)
      }
    }
  }

  /// Whether an exchange between the two agencies at `intercept` is in place.
  func linked(_ one: Agency.ID, _ other: Agency.ID, at intercept: InterceptNumber) -> Bool {
    guard one != other, let links = links[Pair(one, other)] else { return false }
    return links.inPlace & (1 << UInt8(intercept.value)) != 0
  }

  /// The indexes of the exchanges between the two agencies at `intercept`, in map order.
  func exchanges(between one: Agency.ID, _ other: Agency.ID, at intercept: InterceptNumber)
    -> [Int]
  {
    guard one != other, let links = links[Pair(one, other)] else { return [] }
    return links.exchanges.filter { all[$0].intercept == intercept }
  }
}
