extension Agency {
  /// The system an agency belongs to.
  package enum Sector: String, Vocabulary {
    case justice
    case behavioralHealth = "behavioral-health"
    case health
    case socialServices = "social-services"
    case housing, education, community, other

    /// Whether the sector is on the health side of a justice–health exchange.
    package var isHealth: Bool { self == .behavioralHealth || self == .health }
  }
}
