import SIMModel

extension Theme {
  /// Agency fill colours by sector.
  public struct SectorColors: Hashable, Sendable {
    /// Police, courts, jails, supervision.
    public var justice: Color
    /// Mental health and substance use services.
    public var behavioralHealth: Color
    /// Physical health care.
    public var health: Color
    /// Social services.
    public var socialServices: Color
    /// Housing.
    public var housing: Color
    /// Schools.
    public var education: Color
    /// Community organisations.
    public var community: Color
    /// Anything else.
    public var other: Color

    /// Creates sector colours.
    public init(
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
    public subscript(sector: Agency.Sector) -> Color {
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
