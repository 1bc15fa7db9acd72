import SIMModel

extension Theme {
  /// The box for an agency of a sector: the sector's fill, and a shape for its side of the
  /// justice–health divide (square boxes for justice, rounded for health and behavioral health,
  /// hexagons between) so the side reads without colour.
  package func agencyStyle(for sector: Agency.Sector) -> NodeStyle {
    var style = agency
    style.fill = sectors[sector]
    switch SectorSide(sector) {
    case .justice:
      style.shape = .box
      style.isRounded = false
    case .health:
      style.shape = .box
      style.isRounded = true
    case .between:
      style.shape = .hexagon
      style.isRounded = false
    }
    return style
  }
}
