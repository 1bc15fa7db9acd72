import SIMModel

/// The analysis as plain text: coverage, ranked linkage opportunities, then the findings
/// grouped by intercept with `file:line:column` positions.
public struct TextAnalysisReport: AnalysisReporter {
  /// Creates a reporter.
  public init() {}

  /// The report, ending with a newline.
  public func report(_ analysis: Analysis) -> String {
    var lines = [
      "Analysis of \(analysis.jurisdiction) (\(analysis.file))",
      "\(analysis.continuum.rawValue.capitalized) map, as of \(analysis.asOf)",
      "",
    ]
    lines += coverage(analysis)
    lines += opportunities(analysis)
    lines += findings(analysis)
    let switchedOff =
      analysis.disabledRules.isEmpty
      ? "" : "; rules switched off by the map: " + analysis.disabledRules.joined(separator: ", ")
    lines.append(
      ReportText.count(analysis.findings.count, "finding", "findings") + ": "
        + ReportText.severities(analysis) + switchedOff)
    return lines.joined(separator: "\n") + "\n"
  }

  private func coverage(_ analysis: Analysis) -> [String] {
    let coverage = analysis.coverage
    let width = coverage.intercepts.map { $0.title.count }.max() ?? 0
    var lines = ["Core practices present"]
    for intercept in coverage.intercepts {
      let title = intercept.title.padding(toLength: width, withPad: " ", startingAt: 0)
      let score = "\(intercept.present.count)/\(intercept.total)"
      let missing =
        intercept.missing.isEmpty
        ? "" : "  missing: " + intercept.missing.map(\.id).joined(separator: ", ")
      lines.append(
        "  \(intercept.number)  \(title)  \(pad(score, 5))  "
          + pad(ReportText.percent(intercept.present.count, of: intercept.total), 4) + missing)
    }
    let overall = "\(coverage.present)/\(coverage.total)"
    lines.append(
      "     " + "Overall".padding(toLength: width, withPad: " ", startingAt: 0) + "  "
        + pad(overall, 5) + "  " + pad(ReportText.percent(coverage.present, of: coverage.total), 4))
    return lines + [""]
  }

  private func opportunities(_ analysis: Analysis) -> [String] {
    guard !analysis.opportunities.isEmpty else { return ["Linkage opportunities: none", ""] }
    var lines = ["Linkage opportunities, most resources and people first"]
    for opportunity in analysis.opportunities {
      let suggestion = opportunity.suggestion
      var reach = ReportText.count(opportunity.resources.count, "resource", "resources")
      if let people = opportunity.people { reach += "; " + ReportText.people(people) }
      lines.append(
        "\(pad(String(opportunity.rank), 3)). Intercept \(opportunity.intercept): "
          + "\(opportunity.justice.name) and \(opportunity.health.name) (\(reach))")
      lines.append("     Suggested: \(suggestion.title)")
      lines.append("       \(suggestion.from.name) → \(suggestion.to.name): \(suggestion.data)")
      lines.append("       \(suggestion.purpose)")
      if opportunity.legalBases.isEmpty {
        lines.append("     Legal bases: none in the catalog fits; ask the team's privacy lawyer")
      } else {
        lines.append("     Legal bases that would allow it:")
        lines += opportunity.legalBases.map { "       \($0.id.rawValue): \($0.name)" }
      }
      for named in opportunity.named {
        lines.append(
          "     Already on the map: exchange \"\(named.id)\", \(ReportText.status(named.status))")
      }
      lines.append("     at \(ReportText.place(opportunity.location, file: analysis.file))")
    }
    return lines + [""]
  }

  private func findings(_ analysis: Analysis) -> [String] {
    guard !analysis.findings.isEmpty else { return ["Findings: none", ""] }
    var lines = ["Findings"]
    for (intercept, group) in ReportText.groups(analysis.findings) {
      lines.append("")
      lines.append(ReportText.group(intercept, continuum: analysis.continuum))
      for finding in group {
        lines.append(
          "\(ReportText.place(finding.location, file: analysis.file)): "
            + "\(finding.severity.rawValue): \(finding.message) [\(finding.rule)]")
        if let hint = finding.hint { lines.append("    hint: \(hint)") }
        for note in finding.notes {
          lines.append(
            "    note: \(note.message) (\(ReportText.place(note.location, file: analysis.file)))")
        }
      }
    }
    return lines + [""]
  }

  private func pad(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - text.count)) + text
  }
}
