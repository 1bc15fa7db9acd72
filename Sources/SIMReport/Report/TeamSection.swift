import SIMModel

/// The core planning team, the facilitators, the participants and the agencies on the map.
struct TeamSection {
  let context: ReportContext

  func section() -> ReportSection {
    let workshop = context.map.workshop
    var blocks: [Block] = [
      .paragraph([
        .text(
          "A core planning team convenes a mapping workshop and carries its action plan. The "
            + "stakeholder parts follow the Justice and Health Connect toolkit.")
      ]),
      .table(team(workshop?.team ?? [])),
    ]
    let facilitators = workshop?.facilitators ?? []
    blocks.append(
      .section(
        ReportSection(
          id: "facilitators", title: "Workshop facilitators", level: 3,
          blocks: facilitators.isEmpty
            ? [.paragraph([.missing("The facilitators are not recorded.")])]
            : [.list(facilitators.map { [.text($0)] }, ordered: false)])))
    let participants: [Inline] =
      if let count = workshop?.participants {
        [.text(ReportWording.count(count, "person", "people") + " took part in the workshop.")]
      } else {
        [.missing("The number of participants is not recorded.")]
      }
    blocks.append(
      .section(
        ReportSection(
          id: "participants", title: "Participants", level: 3,
          blocks: [.paragraph(participants), .table(agencies)])))
    return ReportSection(
      id: "planning-team", title: "Core planning team and participants", level: 2,
      blocks: blocks, startsPage: true)
  }

  /// The team table; the name column is left out when the map names nobody.
  private func team(_ members: [TeamMember]) -> ReportTable {
    let named = members.contains { $0.name != nil }
    let columns: [ReportTable.Column] =
      [.init("Position")] + (named ? [.init("Name")] : [])
      + [.init("Agency"), .init("Stakeholder parts")]
    return ReportTable(
      caption: named || members.isEmpty
        ? "Core planning team" : "Core planning team (names not recorded)",
      columns: columns,
      rows: members.map { member in
        [[.text(member.role)]] + (named ? [.orMissing(member.name)] : []) + [
          .orMissing(member.agency.map(context.agencyName)),
          .orMissing(
            member.stakeholder.isEmpty
              ? nil
              : ReportWording.capitalized(
                member.stakeholder.map(ReportWording.stakeholder).joined(separator: ", "))),
        ]
      }, hasRowHeaders: true, emptyText: "The core planning team is not recorded.")
  }

  private var agencies: ReportTable {
    ReportTable(
      caption: "Agencies on the map",
      columns: [
        .init("Agency"), .init("Sector"), .init("Roles"), .init("HIPAA covered entity"),
        .init("42 CFR Part 2 program"),
      ],
      rows: context.map.agencies.map { agency in
        let name: [Inline] =
          agency.shortName.map { [.strong(agency.name), .lineBreak, .detail("“\($0)”")] }
          ?? [.strong(agency.name)]
        return [
          name + context.citations(agency.sources),
          [.text(ReportWording.capitalized(agency.sector.label))],
          .orMissing(
            agency.roles.isEmpty
              ? nil : agency.roles.map(ReportWording.role).joined(separator: ", ")),
          yesNo(agency.isHIPAACoveredEntity),
          yesNo(agency.isPart2Program),
        ]
      }, hasRowHeaders: true, emptyText: "The map names no agencies.")
  }

  private func yesNo(_ value: Bool?) -> [Inline] {
    guard let value else { return [.missing(ReportWording.notRecorded)] }
    return [.text(value ? "Yes" : "No")]
  }
}
