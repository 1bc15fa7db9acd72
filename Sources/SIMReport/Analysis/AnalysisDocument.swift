import SIMAnalysis
import SIMModel

/// `simmap analyze` as a document: core-practice coverage, the ranked linkage opportunities,
/// then the findings grouped by intercept with `file:line:column` positions.
package struct AnalysisDocument: Sendable {
  /// Creates a builder.
  package init() {}

  /// The document of `analysis`.
  package func document(for analysis: Analysis) -> ReportDocument {
    var summary: [Inline] = [
      .text(
        ReportWording.count(analysis.findings.count, "finding", "findings") + ": "
          + AnalysisWording.severities(analysis) + ".")
    ]
    if !analysis.disabledRules.isEmpty {
      summary.append(.text(" Rules switched off by the map: "))
      summary += analysis.disabledRules.enumerated().flatMap { index, rule -> [Inline] in
        (index == 0 ? [] : [.text(", ")]) + [.code(rule)]
      }
      summary.append(.text("."))
    }
    return ReportDocument(
      title: "Analysis of \(analysis.jurisdiction)",
      blocks: [
        .paragraph([
          .text("Map "), .code(analysis.file),
          .text(", \(analysis.continuum.rawValue) continuum, as of \(analysis.asOf)."),
        ]),
        .paragraph(summary),
        .section(coverage(analysis.coverage)),
        .section(opportunities(analysis)),
        .section(findings(analysis)),
      ])
  }

  private func coverage(_ coverage: Coverage) -> ReportSection {
    var rows: [[[Inline]]] = coverage.intercepts.map { intercept in
      let missing = intercept.missing.map { "\($0.name) (\($0.id))" }
      return [
        [.text("\(intercept.number) \(intercept.title)")],
        [.text(AnalysisWording.score(intercept))],
        [.text(AnalysisWording.percent(intercept.present.count, of: intercept.total))],
        [.text(missing.isEmpty ? "none" : missing.joined(separator: "; "))],
      ]
    }
    rows.append([
      [.strong("Overall")], [.strong("\(coverage.present) of \(coverage.total)")],
      [.strong(AnalysisWording.percent(coverage.present, of: coverage.total))], [],
    ])
    return ReportSection(
      id: "coverage", title: "Core practices present", level: 2,
      blocks: [
        .table(
          ReportTable(
            caption: "Core practices present by intercept",
            columns: [
              .init("Intercept"), .init("Present", isNumeric: true),
              .init("Score", isNumeric: true), .init("Missing"),
            ], rows: rows, hasRowHeaders: true))
      ])
  }

  private func opportunities(_ analysis: Analysis) -> ReportSection {
    let blocks: [Block] =
      analysis.opportunities.isEmpty
      ? [.paragraph([.text("None found.")])]
      : [
        .paragraph([
          .text("Ranked by the resources they touch, then by the people recorded there.")
        ]),
        .list(analysis.opportunities.map { item($0, file: analysis.file) }, ordered: true),
      ]
    return ReportSection(
      id: "linkage-opportunities", title: "Linkage opportunities", level: 2, blocks: blocks)
  }

  private func item(_ opportunity: LinkageOpportunity, file: String) -> [Inline] {
    let suggestion = opportunity.suggestion
    var reach = ReportWording.count(opportunity.resources.count, "resource", "resources")
    if let people = opportunity.people { reach += "; " + AnalysisWording.people(people) }
    var item: [Inline] = [
      .text("Intercept \(opportunity.intercept): "),
      .strong(opportunity.justice.name + " and " + opportunity.health.name),
      .text(" (\(reach))"), .lineBreak,
      .text("Suggested: "), .strong(suggestion.title), .text(": "),
      .text("\(suggestion.from.name) → \(suggestion.to.name): \(suggestion.data), "),
      .text(suggestion.purpose + "."), .lineBreak,
    ]
    if opportunity.legalBases.isEmpty {
      item.append(.missing("Legal bases: none in the catalog fits; ask the team's privacy lawyer"))
    } else {
      item.append(.text("Legal bases that would allow it: "))
      item += opportunity.legalBases.enumerated().flatMap { index, basis -> [Inline] in
        (index == 0 ? [] : [.text("; ")]) + [.code(basis.id.rawValue), .text(" (\(basis.name))")]
      }
    }
    for named in opportunity.named {
      item += [
        .lineBreak, .text("Already on the map: exchange "), .code(named.id.rawValue),
        .text(", \(named.status.phrase)"),
      ]
    }
    item += [
      .lineBreak, .detail("at "), .code(AnalysisWording.place(opportunity.location, file: file)),
    ]
    return item
  }

  private func findings(_ analysis: Analysis) -> ReportSection {
    guard !analysis.findings.isEmpty else {
      return ReportSection(
        id: "findings", title: "Findings", level: 2, blocks: [.paragraph([.text("None.")])])
    }
    let groups = AnalysisWording.groups(analysis.findings).map { intercept, group in
      Block.section(
        ReportSection(
          id: "findings-" + (intercept.map { "intercept-\($0.value)" } ?? "whole-map"),
          title: AnalysisWording.group(intercept, continuum: analysis.continuum), level: 3,
          blocks: [.list(group.map { item($0, file: analysis.file) }, ordered: false)]))
    }
    return ReportSection(id: "findings", title: "Findings", level: 2, blocks: groups)
  }

  private func item(_ finding: Finding, file: String) -> [Inline] {
    var item: [Inline] = [
      .code(AnalysisWording.place(finding.location, file: file)), .text(": "),
      .strong(finding.severity.rawValue), .text(": " + finding.message + " "),
      .detail("[" + finding.rule + "]"),
    ]
    if let hint = finding.hint { item += [.lineBreak, .emphasis("hint: " + hint)] }
    for note in finding.notes {
      item += [
        .lineBreak, .text("note: " + note.message + " ("),
        .code(AnalysisWording.place(note.location, file: file)), .text(")"),
      ]
    }
    return item
  }
}
