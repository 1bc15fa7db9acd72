import SIMAnalysis
import SIMModel

/// The ranked linkage opportunities, each with the exchange simmap suggests.
struct OpportunityTable {
  let context: ReportContext

  func section() -> ReportSection {
    let opportunities = context.analysis.opportunities
    let switchedOff = context.analysis.disabledRules.contains("linkage-opportunity")
    let intro: [Inline] =
      switchedOff
      ? [.missing("The map switches this check off.")]
      : [
        .text(
          "A linkage opportunity is an intercept where a justice agency and a health agency "
            + "both run resources but no exchange between them is in place. They are ranked by "
            + "the resources they touch, then by the largest figure of people recorded there.")
      ]
    return ReportSection(
      id: "linkage-opportunities", title: "Ranked linkage opportunities", level: 3,
      blocks: [
        .paragraph(intro),
        .table(
          ReportTable(
            caption: "Linkage opportunities, best first",
            columns: [
              .init("Rank", isNumeric: true), .init("Intercept", isNumeric: true),
              .init("Agencies and reach"), .init("Suggested exchange"),
              .init("Legal bases that would allow it"),
            ],
            rows: opportunities.map(row), emptyText: "None found.")),
      ])
  }

  private func row(_ opportunity: LinkageOpportunity) -> [[Inline]] {
    let suggestion = opportunity.suggestion
    var reach = ReportWording.count(opportunity.resources.count, "resource", "resources")
    if let people = opportunity.people {
      let year = people.year.map { ", \($0)" } ?? ""
      reach +=
        "; " + ReportWording.number(people.value) + " " + people.unit + " (" + people.name + year
        + ")"
    }
    var exchange: [Inline] = [
      .strong(ReportWording.capitalized(suggestion.title)), .lineBreak,
      .text(suggestion.from.name + " → " + suggestion.to.name + ": " + suggestion.data + ", "),
      .text(suggestion.purpose + "."),
    ]
    for named in opportunity.named {
      exchange += [
        .lineBreak,
        .detail("On the map as “\(named.id)”: " + ReportWording.status(named.status)),
      ]
    }
    let bases = opportunity.legalBases.map(\.name)
    return [
      [.text("\(opportunity.rank)")],
      [.text("\(opportunity.intercept.value)")],
      [
        .text(opportunity.justice.name + " and " + opportunity.health.name), .lineBreak,
        .detail(reach),
      ],
      exchange,
      bases.isEmpty ? [.missing("Ask counsel")] : [.text(bases.joined(separator: "; "))],
    ]
  }
}
