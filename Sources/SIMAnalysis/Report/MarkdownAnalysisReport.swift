import SIMModel

/// The analysis as a Markdown document, for a mapping report or a shared folder.
public struct MarkdownAnalysisReport: AnalysisReporter {
  /// Creates a reporter.
  public init() {}

  /// The report, ending with a newline.
  public func report(_ analysis: Analysis) -> String {
    var lines = [
      "# Analysis of \(escape(analysis.jurisdiction))", "",
      "Map `\(analysis.file)`, \(analysis.continuum.rawValue) continuum, as of \(analysis.asOf).",
      "",
      ReportText.count(analysis.findings.count, "finding", "findings") + ": "
        + ReportText.severities(analysis) + ".",
    ]
    if !analysis.disabledRules.isEmpty {
      lines += [
        "",
        "Rules switched off by the map: "
          + analysis.disabledRules.map { "`\($0)`" }.joined(separator: ", ") + ".",
      ]
    }
    lines += coverage(analysis.coverage) + opportunities(analysis) + findings(analysis)
    return lines.joined(separator: "\n") + "\n"
  }

  private func coverage(_ coverage: Coverage) -> [String] {
    var lines = [
      "", "## Core practices present", "",
      "| Intercept | Present | Score | Missing |", "|---|---|---|---|",
    ]
    for intercept in coverage.intercepts {
      let missing = intercept.missing.map { "\(escape($0.name)) (`\($0.id)`)" }
      lines.append(
        "| \(intercept.number) \(escape(intercept.title)) | "
          + "\(intercept.present.count) of \(intercept.total) | "
          + ReportText.percent(intercept.present.count, of: intercept.total) + " | "
          + (missing.isEmpty ? "none" : missing.joined(separator: "; ")) + " |")
    }
    lines.append(
      "| **Overall** | **\(coverage.present) of \(coverage.total)** | **"
        + ReportText.percent(coverage.present, of: coverage.total) + "** | |")
    return lines
  }

  private func opportunities(_ analysis: Analysis) -> [String] {
    var lines = ["", "## Linkage opportunities", ""]
    guard !analysis.opportunities.isEmpty else { return lines + ["None found."] }
    lines += [
      "Ranked by the resources they touch, then by the people recorded there.", "",
      "| # | Intercept | Agencies | Reach | Suggested exchange | Legal bases |",
      "|---|---|---|---|---|---|",
    ]
    for opportunity in analysis.opportunities {
      let suggestion = opportunity.suggestion
      var reach = ReportText.count(opportunity.resources.count, "resource", "resources")
      if let people = opportunity.people { reach += "; " + ReportText.people(people) }
      let exchange =
        "**\(escape(suggestion.title))**: \(escape(suggestion.from.name)) → "
        + "\(escape(suggestion.to.name)), \(escape(suggestion.data))"
        + opportunity.named.map {
          "; already on the map as `\($0.id)`, \(ReportText.status($0.status))"
        }
        .joined()
      let bases = opportunity.legalBases.map { "`\($0.id.rawValue)` (\(escape($0.name)))" }
      lines.append(
        "| \(opportunity.rank) | \(opportunity.intercept) | "
          + "\(escape(opportunity.justice.name)) and \(escape(opportunity.health.name)) | "
          + "\(escape(reach)) | \(exchange) | "
          + (bases.isEmpty ? "ask counsel" : bases.joined(separator: "; ")) + " |")
    }
    return lines
  }

  private func findings(_ analysis: Analysis) -> [String] {
    var lines = ["", "## Findings"]
    guard !analysis.findings.isEmpty else { return lines + ["", "None."] }
    for (intercept, group) in ReportText.groups(analysis.findings) {
      lines += [
        "", "### \(escape(ReportText.group(intercept, continuum: analysis.continuum)))", "",
      ]
      for finding in group {
        lines.append(
          "- **\(finding.severity.rawValue)** \(escape(finding.message)) "
            + "(`\(finding.rule)`, `\(ReportText.place(finding.location, file: analysis.file))`)")
        if let hint = finding.hint { lines.append("  - \(escape(hint))") }
        for note in finding.notes {
          lines.append(
            "  - \(escape(note.message)) "
              + "(`\(ReportText.place(note.location, file: analysis.file))`)")
        }
      }
    }
    return lines
  }

  /// Text safe inside a table cell or a list item.
  private func escape(_ text: String) -> String {
    text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
  }
}
