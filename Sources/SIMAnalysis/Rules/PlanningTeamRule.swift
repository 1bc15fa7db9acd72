import SIMModel

/// Checks the core planning team against the Justice and Health Connect guiding principles.
enum PlanningTeamRule: AnalysisRule {
  static let description = RuleDescription(
    id: "planning-team", name: "Planning team misses a stakeholder",
    summary:
      "The workshop's core team has no executive sponsor, no co-chairs from both the justice "
      + "and the health side, no legal expert on privacy law, no boundary spanner, or no "
      + "consumer or lived-experience voice.",
    rationale:
      "Justice and Health Connect asks information-sharing projects to secure executive support "
      + "early, share the chair between a justice head and a health head, and bring in legal "
      + "experts on the jurisdiction's privacy law; boundary spanners and people with lived "
      + "experience keep the plan tied to how services work for the people who use them. When "
      + "the map records no team, or no member's stakeholder parts, one note says so instead. "
      + "Co-chairs may also be named in the charter.",
    severity: .warning,
    triggering: [
      RuleExample(
        ExampleMaps.header + """
          agencies:
            - {id: sheriff, name: Sheriff, sector: justice, role: jail}
          workshop:
            team:
              1️⃣- {role: Sheriff, agency: sheriff, stakeholder: [executive-sponsor, co-chair]}
              - {role: County attorney, stakeholder: legal-expert}
          """),
      RuleExample(ExampleMaps.header + "workshop: 1️⃣{dates: [2026-03-04], participants: 30}\n"),
      RuleExample(
        ExampleMaps.header + """
          workshop:
            team:
              1️⃣- {role: Sheriff}
              - {role: Director of behavioral health}
          """),
    ],
    nonTriggering: [
      RuleExample(
        ExampleMaps.header + """
          agencies:
            - {id: sheriff, name: Sheriff, sector: justice, role: jail}
            - {id: clinic, name: Clinic, sector: behavioral-health}
          workshop:
            team:
              - {role: Sheriff, agency: sheriff, stakeholder: [executive-sponsor, co-chair]}
              - {role: Director, agency: clinic, stakeholder: co-chair}
              - {role: County attorney, stakeholder: legal-expert}
              - {role: Reentry coordinator, stakeholder: boundary-spanner}
              - {role: Peer specialist, stakeholder: lived-experience}
          """)
    ])

  static func findings(in context: AnalysisContext) -> [Finding] {
    let workshopPath = FieldPath.root.appending("workshop")
    let location =
      context.exactLocation(workshopPath.appending("team"))
      ?? context.exactLocation(workshopPath)
    let team = context.map.workshop?.team ?? []
    guard !team.isEmpty else {
      return [
        finding(
          "the map does not record the workshop's core planning team", at: location,
          severity: .note,
          hint: "list it under workshop: team:, with the stakeholder parts each member covers")
      ]
    }
    let covered = Set(team.flatMap(\.stakeholder))
    guard !covered.isEmpty else {
      return [
        finding(
          "the map lists the core planning team but not the stakeholder parts its members cover",
          at: location, severity: .note,
          hint: "add stakeholder: to each member, such as executive-sponsor, co-chair, "
            + "legal-expert, boundary-spanner or lived-experience")
      ]
    }
    var missing: [(part: String, advice: String)] = []
    if !covered.contains(.executiveSponsor) {
      missing.append(("executive sponsor", "someone who can approve policy and funding"))
    }
    let chairs = coChairSectors(team: team, context: context)
    let justiceChair = chairs.contains(.justice)
    let healthChair = chairs.contains(where: \.isHealth)
    switch (justiceChair, healthChair) {
    case (true, false):
      missing.append(("co-chair from the health side", "a health or behavioral health head"))
    case (false, true):
      missing.append(("co-chair from the justice side", "a justice head to share the chair"))
    case (false, false):
      missing.append(("co-chairs", "a justice head and a health head who share the chair"))
    case (true, true): break
    }
    if !covered.contains(.legalExpert) {
      missing.append(
        ("legal expert on privacy law", "someone who knows HIPAA, 42 CFR Part 2 and state law"))
    }
    if !covered.contains(.boundarySpanner) {
      missing.append(
        ("boundary spanner", "someone whose job crosses the justice and health systems"))
    }
    if covered.isDisjoint(with: [.consumerAdvocate, .livedExperience]) {
      missing.append(
        ("consumer or lived-experience voice", "a peer specialist or a consumer advocate"))
    }
    return missing.map { part, advice in
      finding("the core planning team has no \(part)", at: location, hint: "add \(advice)")
    }
  }

  /// The sectors of the agencies that co-chair, from the team and the charter.
  private static func coChairSectors(team: [TeamMember], context: AnalysisContext)
    -> Set<Agency.Sector>
  {
    let fromTeam = team.filter { $0.stakeholder.contains(.coChair) }.compactMap(\.agency)
    let agencies = fromTeam + (context.map.charter?.coChairs ?? [])
    return Set(agencies.compactMap { context.agency($0)?.sector })
  }
}
