import SIMModel

/// What an analysis rule looks for, why, and examples that show it (and test it).
package struct RuleDescription: Hashable, Sendable {
  /// The kebab-case id, used in findings and in `analysis: disabled:`.
  package var id: String
  /// A short title.
  package var name: String
  /// What the rule looks for, in one sentence.
  package var summary: String
  /// Why it matters to a planning team.
  package var rationale: String
  /// The severity of its findings, unless a finding says otherwise.
  package var severity: Severity
  /// Maps on which the rule finds something, with a marker where each finding lands.
  package var triggering: [RuleExample]
  /// Maps on which the rule finds nothing.
  package var nonTriggering: [RuleExample]

  /// Creates a description.
  package init(
    id: String, name: String, summary: String, rationale: String, severity: Severity,
    triggering: [RuleExample], nonTriggering: [RuleExample]
  ) {
    self.id = id
    self.name = name
    self.summary = summary
    self.rationale = rationale
    self.severity = severity
    self.triggering = triggering
    self.nonTriggering = nonTriggering
  }
}

/// A small map that shows a rule at work.
///
/// In a triggering example, a keycap digit such as `1️⃣` stands just before the character where
/// a finding lands; remove the markers before loading the text. Every finding of the rule must
/// land on a marker and every marker must get one.
package struct RuleExample: Hashable, Sendable {
  /// The date examples are analyzed as of: 1 June 2026.
  package static let asOf = CalendarDate(year: 2026, month: 6, day: 1)

  /// The map text, with markers.
  package var yaml: String

  /// Creates an example from map text with markers.
  package init(_ yaml: String) {
    self.yaml = yaml
  }
}
