import SIMModel

/// Which side of a justice–health exchange a sector stands on.
enum SectorSide: Int, Hashable, Sendable, CaseIterable {
  case justice, between, health

  /// The side of a sector.
  init(_ sector: Agency.Sector) {
    if sector == .justice {
      self = .justice
    } else if sector.isHealth {
      self = .health
    } else {
      self = .between
    }
  }

  /// The heading of the side's group.
  var title: String {
    switch self {
    case .justice: "Justice"
    case .between: "Community, social services, housing, schools"
    case .health: "Health and behavioral health"
    }
  }
}
