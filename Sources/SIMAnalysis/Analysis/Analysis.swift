import SIMModel

/// What `Analyzer` found in one map: findings, core-practice coverage and ranked linkage
/// opportunities.
package struct Analysis: Hashable, Sendable {
  /// The map file, as the user named it.
  package var file: String
  /// The jurisdiction's name.
  package var jurisdiction: String
  /// The map's continuum, which decides the core practices.
  package var continuum: Continuum
  /// The date agreements were checked against.
  package var asOf: CalendarDate
  /// Every finding, sorted by intercept (whole-map findings last), then position.
  package var findings: [Finding]
  /// Core practices present per intercept and overall.
  package var coverage: Coverage
  /// The linkage opportunities, best first: the best `LinkageOpportunity.limit` of them.
  package var opportunities: [LinkageOpportunity]
  /// How many more linkage opportunities the map has than `opportunities` lists; a finding
  /// of the linkage rule says so when there are any.
  package var opportunitiesLeftOut: Int
  /// The rules the map switched off, sorted.
  package var disabledRules: [String]

  /// Creates an analysis result.
  package init(
    file: String, jurisdiction: String, continuum: Continuum, asOf: CalendarDate,
    findings: [Finding], coverage: Coverage, opportunities: [LinkageOpportunity],
    opportunitiesLeftOut: Int = 0, disabledRules: [String]
  ) {
    self.file = file
    self.jurisdiction = jurisdiction
    self.continuum = continuum
    self.asOf = asOf
    self.findings = findings
    self.coverage = coverage
    self.opportunities = opportunities
    self.opportunitiesLeftOut = opportunitiesLeftOut
    self.disabledRules = disabledRules
  }

  /// Whether any finding is an error, which makes `simmap analyze` exit with status 1.
  package var hasErrors: Bool { findings.contains { $0.severity == .error } }

  /// The same analysis with only the findings of `minimum` severity or worse.
  package func filtered(minimumSeverity minimum: Severity) -> Analysis {
    var copy = self
    copy.findings = findings.filter { $0.severity >= minimum }
    return copy
  }

  /// How many findings have `severity`.
  package func count(_ severity: Severity) -> Int {
    findings.filter { $0.severity == severity }.count
  }
}
