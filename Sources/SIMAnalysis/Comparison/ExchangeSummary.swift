import SIMModel

/// An exchange as comparison and diff report it: who sends what to whom, with the agencies'
/// roles so that exchanges of two maps can be matched.
package struct ExchangeSummary: Hashable, Sendable {
  /// The exchange's id in its map.
  package var id: Exchange.ID
  /// The intercept where it happens.
  package var intercept: InterceptNumber
  /// The sending agency's short name (or name, or id).
  package var from: String
  /// The receiving agency's short name (or name, or id).
  package var to: String
  /// The data items, in the map's words.
  package var data: [String]
  /// The kinds of record it carries.
  package var records: [Exchange.RecordKind]
  /// Whether it happens.
  package var status: Exchange.Status
  /// The sources it cites.
  package var sources: [SourceReference]
  /// The sender's sector and roles.
  package var fromSide: AgencySide
  /// The receiver's sector and roles.
  package var toSide: AgencySide

  /// An agency's sector and roles, which say what kind of agency it is across maps.
  package struct AgencySide: Hashable, Sendable {
    /// The sector; nil when the map does not define the agency.
    package var sector: Agency.Sector?
    /// The roles, in the map's order.
    package var roles: [Agency.Role]

    /// Whether two agencies of different maps play the same part: a shared role, or the same
    /// sector when either names no role.
    package func isAlike(_ other: AgencySide) -> Bool {
      if !roles.isEmpty && !other.roles.isEmpty {
        return !Set(roles).isDisjoint(with: other.roles)
      }
      return sector != nil && sector == other.sector
    }
  }

  /// The summary of `exchange`, with names from `map`.
  package init(_ exchange: Exchange, in map: Map) {
    func side(_ id: Agency.ID) -> AgencySide {
      let agency = map.agency(id: id)
      return AgencySide(sector: agency?.sector, roles: agency?.roles ?? [])
    }
    self.id = exchange.id
    self.intercept = exchange.intercept
    self.from = map.agency(id: exchange.from)?.displayName ?? exchange.from.rawValue
    self.to = map.agency(id: exchange.to)?.displayName ?? exchange.to.rawValue
    self.data = exchange.data
    self.records = exchange.records
    self.status = exchange.status
    self.sources = SourceReference.resolve(exchange.sources, in: map)
    self.fromSide = side(exchange.from)
    self.toSide = side(exchange.to)
  }

  /// "Sheriff → CMHC: booking alerts, release dates" (records when no data items are named).
  package var description: String {
    let what =
      data.isEmpty ? records.map(\.label).joined(separator: ", ") : data.joined(separator: ", ")
    return "\(from) → \(to)" + (what.isEmpty ? "" : ": \(what)")
  }

  /// Whether `other` (from another map) is the same kind of exchange: same intercept, and
  /// sender and receiver alike (`AgencySide.isAlike`).
  package func isAlike(_ other: ExchangeSummary) -> Bool {
    intercept == other.intercept && fromSide.isAlike(other.fromSide) && toSide.isAlike(other.toSide)
  }
}
