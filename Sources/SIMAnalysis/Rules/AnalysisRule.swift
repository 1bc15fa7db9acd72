import SIMModel

/// One analysis rule: a description, and a check over the map that returns findings.
///
/// Each rule lives in its own file with its messages, and is registered in `AllRules`.
protocol AnalysisRule: Sendable {
  /// The rule's id, summary, severity and examples.
  static var description: RuleDescription { get }

  /// What the rule finds in a map.
  static func findings(in context: AnalysisContext) -> [Finding]
}

extension AnalysisRule {
  /// A finding of this rule with its default severity.
  static func finding(
    _ message: String, at location: SourceLocation?, intercept: InterceptNumber? = nil,
    severity: Severity? = nil, hint: String? = nil, notes: [Diagnostic.Note] = []
  ) -> Finding {
    Finding(
      rule: description.id, severity: severity ?? description.severity, message: message,
      location: location, intercept: intercept, hint: hint, notes: notes)
  }
}
