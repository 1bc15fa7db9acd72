/// The position of each agency id's first agency in a map's list: an index derived from the
/// list, so it takes no part in comparing or hashing maps.
struct AgencyPositions: Hashable, Sendable {
  let positions: [Agency.ID: Int]

  init(_ agencies: [Agency]) {
    var positions: [Agency.ID: Int] = [:]
    positions.reserveCapacity(agencies.count)
    for (index, agency) in agencies.enumerated() where positions[agency.id] == nil {
      positions[agency.id] = index
    }
    self.positions = positions
  }

  static func == (lhs: Self, rhs: Self) -> Bool { true }
  func hash(into hasher: inout Hasher) {}
}
