import SIMAnalysis
import SIMModel

/// Derives recommendations from the analysis: one per kind of finding, most pressing first,
/// each listing the findings it rests on. Nothing is added that the analysis did not find.
struct RecommendationFinder {
  let context: ReportContext

  /// A kind of recommendation: the rules it gathers and how it reads.
  private struct Template {
    var rules: [String]
    var title: String
    var reason: String
    var severities: Set<Severity> = [.error, .warning, .note]
  }

  // Most pressing first. Linkage opportunities are handled on their own.
  private static let templates: [Template] = [
    Template(
      rules: ["exchange-legal-basis"],
      title: "Stop or fix exchanges whose legal basis does not cover them",
      reason: "These exchanges are in place or partial, but the legal basis the map gives does "
        + "not cover the records they carry or the agency that receives them.",
      severities: [.error]),
    Template(
      rules: ["missing-core-practice"],
      title: "Build the core practices the map lacks",
      reason: "The SIM literature lists these practices as key elements of their intercept, and "
        + "no running resource on the map implements them."),
    Template(
      rules: ["exchange-legal-basis"],
      title: "Settle the legal basis of each exchange with counsel",
      reason: "For these exchanges the map names no legal basis, or one that may not cover "
        + "them; the team’s privacy lawyer should confirm which law allows each.",
      severities: [.warning, .note]),
    Template(
      rules: ["exchange-without-agreement"],
      title: "Put recurring exchanges under a written agreement",
      reason: "These exchanges recur but no agreement says who shares what, how, and how it is "
        + "protected, so they depend on the people who set them up."),
    Template(
      rules: ["agreement-review-overdue"],
      title: "Review the agreements past their review date",
      reason: "An agreement nobody has reviewed is often one nobody follows any more."),
    Template(
      rules: ["priority-without-action", "action-step-incomplete"],
      title: "Complete the action plan",
      reason: "Every priority needs an objective and steps that say who will act and by when."),
    Template(
      rules: ["planning-team"],
      title: "Complete the core planning team",
      reason: "The Justice and Health Connect guiding principles ask for executive support, "
        + "co-chairs from both the justice and the health side, legal expertise in privacy "
        + "law, boundary spanners and the voice of the people the services are for."),
    Template(
      rules: ["no-diversion-path"],
      title: "Open a path back to the community",
      reason: "At these intercepts no running resource leads people out of the justice system "
        + "to community care."),
    Template(
      rules: ["gap-without-priority"],
      title: "Keep the high-severity gaps no priority addresses in view",
      reason: "The workshop rated these gaps high, but none of its priorities addresses them.",
      severities: [.warning, .error]),
    Template(
      rules: ["no-measures"],
      title: "Record the essential measures",
      reason: "Without figures the team cannot show change at these intercepts."),
  ]

  /// The recommendations, most pressing first: legal errors, then the best linkage
  /// opportunities, then the other kinds of finding.
  func recommendations() -> [Recommendation] {
    let findings = context.analysis.findings
    var result: [Recommendation] = []
    for (index, template) in Self.templates.enumerated() {
      if index == 1, let linkage = linkage() { result.append(linkage) }
      let matching = findings.filter {
        template.rules.contains($0.rule) && template.severities.contains($0.severity)
      }
      guard !matching.isEmpty else { continue }
      result.append(
        Recommendation(
          title: template.title, reason: template.reason,
          items: matching.map(item),
          rules: template.rules))
    }
    return result
  }

  /// A finding as a list item, with its notes, such as the gap that already names it.
  private func item(_ finding: Finding) -> [Inline] {
    var item: [Inline] = CodeSpans.runs(Sentence.make(finding.message))
    for note in finding.notes {
      item += [.text(" "), .detail(Sentence.make(note.message))]
    }
    return item
  }

  /// The three best linkage opportunities, as one recommendation.
  private func linkage() -> Recommendation? {
    let top = context.analysis.opportunities.prefix(3)
    guard !top.isEmpty else { return nil }
    let total = context.analysis.opportunities.count
    return Recommendation(
      title: "Start sharing where justice and health agencies already serve the same people",
      reason: "The analysis found "
        + ReportWording.count(total, "linkage opportunity", "linkage opportunities")
        + ". The best ranked touch the most resources and the most people:",
      items: top.map { opportunity in
        let suggestion = opportunity.suggestion
        let bases = opportunity.legalBases.map(\.name)
        return [
          .strong(context.interceptTitle(opportunity.intercept) + ": "),
          .text(
            ReportWording.capitalized(suggestion.title) + " (" + suggestion.from.name + " → "
              + suggestion.to.name + "), " + suggestion.purpose + ". "
              + (bases.isEmpty
                ? "Ask counsel which law would allow it."
                : "Legal bases that would allow it: " + bases.joined(separator: "; ") + ".")),
        ]
      }, rules: ["linkage-opportunity"])
  }
}
