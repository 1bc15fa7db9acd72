import SIMModel

/// One thing an analysis rule found in a map: where, how serious, and what to do.
package struct Finding: Hashable, Sendable {
  /// The id of the rule that found it, such as `missing-core-practice`.
  package var rule: String
  /// How serious it is.
  package var severity: Severity
  /// What was found, in one sentence without a full stop.
  package var message: String
  /// Where it belongs in the map file; 1-based line and column.
  package var location: SourceLocation?
  /// The intercept it belongs to; nil for findings about the whole map.
  package var intercept: InterceptNumber?
  /// What the planning team can do about it.
  package var hint: String?
  /// Related places, such as the gap that already names a missing practice.
  package var notes: [Diagnostic.Note]

  /// Creates a finding.
  package init(
    rule: String, severity: Severity, message: String, location: SourceLocation?,
    intercept: InterceptNumber? = nil, hint: String? = nil, notes: [Diagnostic.Note] = []
  ) {
    self.rule = rule
    self.severity = severity
    self.message = message
    self.location = location
    self.intercept = intercept
    self.hint = hint
    self.notes = notes
  }
}

extension Finding: Comparable {
  /// Orders by intercept (whole-map findings last), location, rule, then message.
  package static func < (lhs: Finding, rhs: Finding) -> Bool {
    let left = lhs.intercept?.value ?? Int.max
    let right = rhs.intercept?.value ?? Int.max
    if left != right { return left < right }
    switch (lhs.location, rhs.location) {
    case (nil, .some): return true
    case (.some, nil): return false
    case (.some(let a), .some(let b)) where a != b: return a < b
    default: break
    }
    if lhs.rule != rhs.rule { return lhs.rule < rhs.rule }
    return lhs.message < rhs.message
  }
}
