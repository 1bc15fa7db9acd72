import SIMModel

extension Theme {
  /// Agency fill colours by sector.
  package struct SectorColors: Hashable, Sendable {
    /// Police, courts, jails, supervision.
    package var justice: Color
    /// Mental health and substance use services.
    package var behavioralHealth: Color
    /// Physical health care.
    package var health: Color
    /// Social services.
    package var socialServices: Color
    /// Housing.
    package var housing: Color
    /// Schools.
    package var education: Color
    /// Community organisations.
    package var community: Color
    /// Anything else.
    package var other: Color

    /// Creates sector colours.
    package init(
      justice: Color, behavioralHealth: Color, health: Color, socialServices: Color,
      housing: Color, education: Color, community: Color, other: Color
    ) {
      self.justice = justice
      self.behavioralHealth = behavioralHealth
      self.health = health
      self.socialServices = socialServices
      self.housing = housing
      self.education = education
      self.community = community
      self.other = other
    }

    /// The colour for a sector.
    package subscript(sector: Agency.Sector) -> Color {
      switch sector {
      case .justice: justice
      case .behavioralHealth: behavioralHealth
      case .health: health
      case .socialServices: socialServices
      case .housing: housing
      case .education: education
      case .community: community
      case .other: other
      }
    }
  }
}
