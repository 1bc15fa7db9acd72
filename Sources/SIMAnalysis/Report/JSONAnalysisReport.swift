import Foundation
import SIMModel

/// The analysis as JSON for other tools: sorted keys, stable order, 1-based positions.
public struct JSONAnalysisReport: AnalysisReporter {
  /// Creates a reporter.
  public init() {}

  /// The report, pretty-printed, ending with a newline.
  public func report(_ analysis: Analysis) -> String {
    let root: [String: Any] = [
      "file": analysis.file,
      "jurisdiction": analysis.jurisdiction,
      "continuum": analysis.continuum.rawValue,
      "asOf": analysis.asOf.description,
      "errors": analysis.count(.error),
      "warnings": analysis.count(.warning),
      "notes": analysis.count(.note),
      "disabledRules": analysis.disabledRules,
      "coverage": coverage(analysis.coverage),
      "opportunities": analysis.opportunities.map(opportunity),
      "findings": analysis.findings.map(finding),
    ]
    guard
      let data = try? JSONSerialization.data(
        withJSONObject: root, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]),
      let text = String(data: data, encoding: .utf8)
    else { return "{}\n" }
    return text + "\n"
  }

  private func coverage(_ coverage: Coverage) -> [String: Any] {
    [
      "present": coverage.present,
      "total": coverage.total,
      "intercepts": coverage.intercepts.map { intercept -> [String: Any] in
        [
          "intercept": intercept.number.value,
          "title": intercept.title,
          "present": intercept.present.map(\.id),
          "missing": intercept.missing.map(\.id),
          "total": intercept.total,
        ]
      },
    ]
  }

  private func opportunity(_ opportunity: LinkageOpportunity) -> [String: Any] {
    let suggestion = opportunity.suggestion
    var object: [String: Any] = [
      "rank": opportunity.rank,
      "intercept": opportunity.intercept.value,
      "justice": agency(opportunity.justice),
      "health": agency(opportunity.health),
      "resources": opportunity.resources.map(\.rawValue),
      "suggestion": [
        "title": suggestion.title, "from": agency(suggestion.from), "to": agency(suggestion.to),
        "data": suggestion.data, "records": suggestion.records.map(\.rawValue),
        "purpose": suggestion.purpose,
      ] as [String: Any],
      "legalBases": opportunity.legalBases.map {
        ["id": $0.id.rawValue, "name": $0.name, "citation": $0.citation]
      },
      "named": opportunity.named.map { named -> [String: Any] in
        position(named.location, into: ["id": named.id.rawValue, "status": named.status.rawValue])
      },
    ]
    if let people = opportunity.people {
      var figure: [String: Any] = ["value": people.value, "unit": people.unit, "name": people.name]
      if let year = people.year { figure["year"] = year }
      object["people"] = figure
    }
    return position(opportunity.location, into: object)
  }

  private func finding(_ finding: Finding) -> [String: Any] {
    var object: [String: Any] = [
      "rule": finding.rule, "severity": finding.severity.rawValue, "message": finding.message,
    ]
    if let intercept = finding.intercept { object["intercept"] = intercept.value }
    if let hint = finding.hint { object["hint"] = hint }
    if !finding.notes.isEmpty {
      object["notes"] = finding.notes.map { position($0.location, into: ["message": $0.message]) }
    }
    return position(finding.location, into: object)
  }

  private func agency(_ reference: LinkageOpportunity.AgencyReference) -> [String: Any] {
    ["id": reference.id.rawValue, "name": reference.name]
  }

  private func position(_ location: SourceLocation?, into object: [String: Any]) -> [String: Any] {
    guard let location else { return object }
    var object = object
    object["file"] = location.file
    object["line"] = location.line
    object["column"] = location.column
    return object
  }
}
