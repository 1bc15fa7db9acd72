import SIMModel

/// How the project is run: co-chairs, working groups, meetings and the points of governance
/// the toolkit's Module 2 asks the partners to settle; and the approval block.
struct CharterGovernance {
  let context: ReportContext

  func section() -> ReportSection {
    let charter = context.map.charter
    let chairs = charter?.coChairs ?? []
    let groups = charter?.workingGroups ?? []
    var blocks: [Block] = [
      .facts([
        Fact(
          "Co-chairs",
          .orMissing(
            context.agencyNames(chairs), missing: "To decide: a justice head and a health head")),
        Fact("Meetings", .orMissing(charter?.meetings, missing: "To decide: how often and where")),
      ])
    ]
    blocks.append(
      .table(
        ReportTable(
          caption: "Working groups",
          columns: [.init("Working group"), .init("Purpose"), .init("Chairs"), .init("Members")],
          rows: groups.map { group in
            [
              [.strong(group.name)],
              .orMissing(group.purpose, missing: "To decide"),
              .orMissing(context.agencyNames(group.chairs), missing: "To decide"),
              .orMissing(context.agencyNames(group.members), missing: "To decide"),
            ]
          }, hasRowHeaders: true, emptyText: "To decide: the working groups and who chairs them.")))
    blocks.append(
      .section(
        ReportSection(
          id: "governance-to-settle", title: "Points of governance to settle", level: 3,
          blocks: [
            .paragraph([
              .text("Module 2 of the toolkit asks a governance framework to settle these points:")
            ]),
            .list(
              [
                [
                  .strong("Mission and duties: "), .text("see the mission statement and partners."),
                ],
                [
                  .strong("Management and oversight: "),
                  chairs.isEmpty
                    ? .missing("To decide: who manages the project and who oversees it.")
                    : .text("the co-chairs and working groups above."),
                ],
                [.strong("Partner roles: "), .text("see partners and responsibilities.")],
                [
                  .strong("Monitoring and amendment: "),
                  .missing(
                    "To decide: how progress is measured and reported, and how partners amend "
                      + "this charter or leave the project."),
                ],
                [
                  .strong("Written agreements: "),
                  .text("the MOUs and data-sharing agreements listed as still needed."),
                ],
              ], ordered: false),
          ])))
    return ReportSection(
      id: "governance", title: "Governance", level: 2, blocks: blocks, startsPage: true)
  }

  func approval() -> ReportSection {
    let partners = context.map.charter?.partners.map(\.agency) ?? []
    return ReportSection(
      id: "approval", title: "Approval", level: 2,
      blocks: [
        .paragraph([.text("Each partner signs when the charter is agreed.")]),
        .table(
          ReportTable(
            caption: "Approval by the partners",
            columns: [
              .init("Partner"), .init("Name and title"), .init("Signature"), .init("Date"),
            ],
            rows: partners.map { [[.strong(context.agencyName($0))], [], [], []] },
            hasRowHeaders: true, emptyText: "To decide: the partners who sign.")),
      ])
  }
}
