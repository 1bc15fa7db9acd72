import SIMModel

/// The agencies of the sharing view in map order, plus a stand-in for every agency id that an
/// exchange names but the map does not define.
struct AgencyDirectory {
  /// One box of the view.
  struct Entry {
    /// The node id.
    var id: String
    /// The agency id from the map.
    var agencyID: Agency.ID
    /// The agency; nil for an id the map does not define.
    var agency: Agency?
    /// The side of the view it stands on.
    var side: SectorSide
    /// The name to show.
    var name: String { agency?.displayName ?? agencyID.rawValue }
  }

  /// Every box, defined agencies first in map order, then stand-ins in exchange order.
  let entries: [Entry]

  /// The directory of a map.
  init(_ map: Map) {
    var entries = map.agencies.enumerated().map { index, agency in
      Entry(
        id: NodeID.agency(index), agencyID: agency.id, agency: agency,
        side: SectorSide(agency.sector))
    }
    for exchange in map.exchanges {
      for id in [exchange.from, exchange.to] where !entries.contains(where: { $0.agencyID == id }) {
        entries.append(
          Entry(id: "unknown_\(entries.count)", agencyID: id, agency: nil, side: .between))
      }
    }
    self.entries = entries
  }

  /// The first box for an agency id.
  func entry(for id: Agency.ID) -> Entry? {
    entries.first { $0.agencyID == id }
  }
}
