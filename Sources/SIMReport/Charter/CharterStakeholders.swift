import SIMModel

/// The stakeholder table: each role the guiding principles ask for, who fills it, and the
/// roles still missing.
struct CharterStakeholders {
  let context: ReportContext

  func section() -> ReportSection {
    let map = context.map
    let team = map.workshop?.team ?? []
    var missing: [String] = []
    let rows = StakeholderRole.all.map { role -> [[Inline]] in
      var holders = team.filter { role.fills($0, map) }.map(describe)
      if let sector = role.charterChairSector {
        let named = (map.charter?.coChairs ?? []).filter { id in
          map.agency(id: id).map { sector($0.sector) } ?? false
        }
        let fromTeam = Set(team.filter { role.fills($0, map) }.compactMap(\.agency))
        holders += named.filter { !fromTeam.contains($0) }.map {
          context.agencyName($0) + " (named co-chair in the charter)"
        }
      }
      if holders.isEmpty { missing.append(role.name.lowercased()) }
      return [
        [.strong(role.name)], [.text(role.principle)],
        holders.isEmpty ? [.missing(role.prompt)] : [.text(holders.joined(separator: "; "))],
        [holders.isEmpty ? .status("Missing", tone: .bad) : .status("Filled", tone: .good)],
      ]
    }
    let summary: [Inline] =
      missing.isEmpty
      ? [.text("Every role the guiding principles ask for is filled on the core planning team.")]
      : [
        .strong("Roles still missing: "),
        .text(ReportWording.capitalized(ReportWording.list(missing)) + "."),
      ]
    return ReportSection(
      id: "stakeholders", title: "Stakeholders", level: 2,
      blocks: [
        .paragraph([
          .text(
            "The toolkit’s six guiding principles ask the project to bring these people to the "
              + "table. Who fills each role comes from the core planning team on the map.")
        ]),
        .table(
          ReportTable(
            caption: "Stakeholder roles",
            columns: [
              .init("Role"), .init("Guiding principle"), .init("Filled by"), .init("Status"),
            ],
            rows: rows, hasRowHeaders: true)),
        .paragraph(summary),
        .paragraph([
          .missing(
            "To decide: which existing interagency groups, task forces or data-sharing efforts "
              + "the project builds on (guiding principle 4).")
        ]),
      ], startsPage: true)
  }

  private func describe(_ member: TeamMember) -> String {
    var text = member.role
    if let name = member.name { text = name + ", " + text }
    if let agency = member.agency { text += ", " + context.agencyName(agency) }
    return text
  }
}
