import SIMModel

/// A role the Justice and Health Connect guiding principles ask an information-sharing project
/// to fill, and how to tell from the map who fills it.
struct StakeholderRole: Sendable {
  /// The role's name, such as "Executive sponsor".
  var name: String
  /// The guiding principle behind it.
  var principle: String
  /// What to decide when nobody fills it.
  var prompt: String
  /// Whether a team member fills it.
  var fills: @Sendable (TeamMember, Map) -> Bool
  /// The sector a co-chair named in the charter must belong to, for the co-chair roles.
  var charterChairSector: (@Sendable (Agency.Sector) -> Bool)?

  /// The six roles, in the order of the principles.
  static let all: [StakeholderRole] = [
    StakeholderRole(
      name: "Executive sponsor",
      principle: "1. Establish leadership and secure executive support early on.",
      prompt: "To decide: who can approve policy, budgets and staff for the project",
      fills: { member, _ in member.stakeholder.contains(.executiveSponsor) }),
    StakeholderRole(
      name: "Justice co-chair",
      principle: "2. Assign joint responsibility for chairing working groups.",
      prompt: "To decide: which justice agency head shares the chair",
      fills: { member, map in isCoChair(member, in: map) { $0 == .justice } },
      charterChairSector: { $0 == .justice }),
    StakeholderRole(
      name: "Health co-chair",
      principle: "2. Assign joint responsibility for chairing working groups.",
      prompt: "To decide: which health or behavioral health agency head shares the chair",
      fills: { member, map in isCoChair(member, in: map) { $0.isHealth } },
      charterChairSector: { $0.isHealth }),
    StakeholderRole(
      name: "Privacy-law expert",
      principle: "3. Identify legal experts with knowledge of the jurisdiction’s privacy laws.",
      prompt: "To decide: who advises on HIPAA, 42 CFR Part 2 and state privacy law",
      fills: { member, _ in member.stakeholder.contains(.legalExpert) }),
    StakeholderRole(
      name: "Boundary spanner",
      principle: "5. Identify boundary spanners.",
      prompt: "To decide: who works across the justice and health systems and can act as liaison",
      fills: { member, _ in member.stakeholder.contains(.boundarySpanner) }),
    StakeholderRole(
      name: "Consumer voice",
      principle: "6. Involve the consumer community.",
      prompt: "To decide: which consumer advocate or person with lived experience takes part",
      fills: { member, _ in
        !member.stakeholder.filter { $0 == .consumerAdvocate || $0 == .livedExperience }.isEmpty
      }),
  ]

  private static func isCoChair(
    _ member: TeamMember, in map: Map, sector: (Agency.Sector) -> Bool
  ) -> Bool {
    guard member.stakeholder.contains(.coChair), let id = member.agency,
      let agency = map.agency(id: id)
    else { return false }
    return sector(agency.sector)
  }
}
