import SIMModel

/// A short account of the Sequential Intercept Model and of what a mapping workshop sets out
/// to do (domain.md §1 and §2.2).
struct OverviewSection {
  let context: ReportContext

  func section() -> ReportSection {
    let juvenile = context.continuum == .juvenile
    var blocks: [Block] = [
      .paragraph([
        .text(
          "The Sequential Intercept Model (SIM) was developed by Mark R. Munetz and Patricia A. "
            + "Griffin, working with Policy Research Associates and SAMHSA’s GAINS Center "
            + "(Psychiatric Services, 2006). It follows people with mental and substance use "
            + "disorders through the justice system and marks the points, called intercepts, "
            + "where they can be linked to treatment and kept from going deeper into the "
            + "system. Each intercept works like a filter: ideally most people are reached at "
            + "the earliest ones. The 2018 revision of the model added Intercept 0, community "
            + "crisis services that reach people before any police contact, so the model now "
            + "has six intercepts.")
      ])
    ]
    if juvenile {
      blocks.append(
        .paragraph([
          .text(
            "This map uses the juvenile adaptation of the model (Heilbrun and colleagues, "
              + "2017), which brings schools and family services into the picture and names "
              + "the intercepts for the juvenile justice system.")
        ]))
    }
    blocks.append(.table(intercepts(juvenile: juvenile)))
    blocks.append(
      .section(
        ReportSection(
          id: "workshop-goals", title: "Goals of a mapping workshop", level: 3,
          blocks: [
            .list(
              [
                [
                  .text(
                    "Map how people move through the local systems and where the justice "
                      + "and health systems meet.")
                ],
                [.text("Identify the resources, gaps and barriers at each intercept.")],
                [.text("Set priorities for change and draft an initial strategic action plan.")],
              ], ordered: false)
          ])))
    return ReportSection(
      id: "sim-overview", title: "The Sequential Intercept Model", level: 2, blocks: blocks,
      startsPage: true)
  }

  private func intercepts(juvenile: Bool) -> ReportTable {
    var columns: [ReportTable.Column] = [.init("Intercept"), .init("Name")]
    if !juvenile { columns.append(.init("What it covers")) }
    return ReportTable(
      caption: "The six intercepts",
      columns: columns,
      rows: InterceptNumber.all.map { number in
        var row: [[Inline]] = [
          [.text("\(number.value)")], [.text(number.title(for: context.continuum))],
        ]
        if !juvenile { row.append([.text(Self.scope[number.value])]) }
        return row
      }, hasRowHeaders: true)
  }

  // After SAMHSA's intercept pages (domain.md §1.3).
  private static let scope = [
    "Crisis lines, mobile crisis and crisis care that reach people before any police contact.",
    "From a call to 911 or a police response to a person in crisis, to arrest or diversion "
      + "to treatment.",
    "After arrest: booking, screening and the first hearing before a judge or magistrate; "
      + "bond and pretrial release.",
    "Time in jail before trial or sentence, treatment courts, and health care in the jail.",
    "Planning for release and the move from jail or prison back to the community.",
    "Probation and parole, including responses to violations.",
  ]
}
