import SIMAnalysis
import SIMModel

/// `simmap analyze --format json`: described by `schema/analysis.schema.json`.
package struct AnalysisJSON: Encodable, Sendable {
  struct CoverageJSON: Encodable, Sendable {
    struct Intercept: Encodable, Sendable {
      var intercept: Int
      var title: String
      var present: [String]
      var missing: [String]
      var total: Int
    }
    var present: Int
    var total: Int
    var intercepts: [Intercept]
  }

  struct Agency: Encodable, Sendable {
    var id: String
    var name: String
  }

  struct Suggestion: Encodable, Sendable {
    var title: String
    var from: Agency
    var to: Agency
    var data: String
    var records: [String]
    var purpose: String
  }

  struct Basis: Encodable, Sendable {
    var id: String
    var name: String
    var citation: String
  }

  struct People: Encodable, Sendable {
    var value: Double?
    var unit: String
    var name: String
    var year: Int?
  }

  struct Named: Encodable, Sendable {
    var id: String
    var status: String
    var file: String?
    var line: Int?
    var column: Int?
  }

  struct Opportunity: Encodable, Sendable {
    var rank: Int
    var intercept: Int
    var justice: Agency
    var health: Agency
    var resources: [String]
    var suggestion: Suggestion
    var legalBases: [Basis]
    var named: [Named]
    var people: People?
    var file: String?
    var line: Int?
    var column: Int?
  }

  struct FindingJSON: Encodable, Sendable {
    var rule: String
    var severity: String
    var message: String
    var intercept: Int?
    var hint: String?
    var notes: [NoteJSON]?
    var file: String?
    var line: Int?
    var column: Int?
  }

  var file: String
  var jurisdiction: String
  var continuum: String
  var asOf: String
  var errors: Int
  var warnings: Int
  var notes: Int
  var disabledRules: [String]
  var coverage: CoverageJSON
  var opportunities: [Opportunity]
  /// How many more opportunities the map has than `opportunities` lists (the best 100).
  var opportunitiesLeftOut: Int
  var findings: [FindingJSON]

  /// The JSON shape of `analysis`.
  package init(_ analysis: Analysis) {
    file = analysis.file
    jurisdiction = analysis.jurisdiction
    continuum = analysis.continuum.rawValue
    asOf = analysis.asOf.description
    errors = analysis.count(.error)
    warnings = analysis.count(.warning)
    notes = analysis.count(.note)
    disabledRules = analysis.disabledRules
    coverage = CoverageJSON(
      present: analysis.coverage.present, total: analysis.coverage.total,
      intercepts: analysis.coverage.intercepts.map {
        .init(
          intercept: $0.number.value, title: $0.title, present: $0.present.map(\.id),
          missing: $0.missing.map(\.id), total: $0.total)
      })
    opportunities = analysis.opportunities.map(Self.opportunity)
    opportunitiesLeftOut = analysis.opportunitiesLeftOut
    findings = analysis.findings.map(Self.finding)
  }

  private static func agency(_ reference: LinkageOpportunity.AgencyReference) -> Agency {
    Agency(id: reference.id.rawValue, name: reference.name)
  }

  private static func opportunity(_ opportunity: LinkageOpportunity) -> Opportunity {
    let suggestion = opportunity.suggestion
    return Opportunity(
      rank: opportunity.rank, intercept: opportunity.intercept.value,
      justice: agency(opportunity.justice), health: agency(opportunity.health),
      resources: opportunity.resources.map(\.rawValue),
      suggestion: Suggestion(
        title: suggestion.title, from: agency(suggestion.from), to: agency(suggestion.to),
        data: suggestion.data, records: suggestion.records.map(\.rawValue),
        purpose: suggestion.purpose),
      legalBases: opportunity.legalBases.map {
        Basis(id: $0.id.rawValue, name: $0.name, citation: $0.citation)
      },
      named: opportunity.named.map {
        Named(
          id: $0.id.rawValue, status: $0.status.rawValue, file: $0.location?.file,
          line: $0.location?.line, column: $0.location?.column)
      },
      people: opportunity.people.map {
        People(value: JSONOutput.finite($0.value), unit: $0.unit, name: $0.name, year: $0.year)
      },
      file: opportunity.location?.file, line: opportunity.location?.line,
      column: opportunity.location?.column)
  }

  private static func finding(_ finding: Finding) -> FindingJSON {
    FindingJSON(
      rule: finding.rule, severity: finding.severity.rawValue, message: finding.message,
      intercept: finding.intercept?.value, hint: finding.hint,
      notes: finding.notes.isEmpty ? nil : finding.notes.map(NoteJSON.init),
      file: finding.location?.file, line: finding.location?.line,
      column: finding.location?.column)
  }
}
