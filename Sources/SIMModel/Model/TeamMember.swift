/// A member of the core planning team.
package struct TeamMember: Hashable, Sendable {
  /// A part the Justice and Health Connect toolkit asks a planning team to cover.
  package enum Stakeholder: String, Vocabulary {
    case executiveSponsor = "executive-sponsor"
    case coChair = "co-chair"
    case legalExpert = "legal-expert"
    case boundarySpanner = "boundary-spanner"
    case consumerAdvocate = "consumer-advocate"
    case livedExperience = "lived-experience"
    case familyMember = "family-member"
    case dataLead = "data-lead"
    case facilitator
  }

  /// The position or title, such as "Sheriff".
  package var role: String
  /// The agency the member represents.
  package var agency: Agency.ID?
  /// The member's name, when the map gives it.
  package var name: String?
  /// The stakeholder parts the member covers.
  package var stakeholder: [Stakeholder]

  /// Creates a team member.
  package init(
    role: String, agency: Agency.ID? = nil, name: String? = nil, stakeholder: [Stakeholder] = []
  ) {
    self.role = role
    self.agency = agency
    self.name = name
    self.stakeholder = stakeholder
  }
}
