import Foundation
import SIMAnalysis
import SIMModel
import SIMTestSupport
import Testing

/// The checks issue 4 names: legal bases, full coverage, and switching rules off.
@Suite("analysis behavior")
struct BehaviorTests {
  static let header = "simmap: 1\njurisdiction: {name: Test County}\n"

  static let part2ToCourt =
    header + """
      agencies:
        - {id: rehab, name: Hope Recovery, sector: behavioral-health, role: sud-treatment, part2-program: true}
        - {id: court, name: County Court, sector: justice, role: court}
      exchanges:
        - {id: progress, intercept: 3, from: rehab, to: court, records: substance-use, legal-basis: BASIS, status: in-place}
      """

  @Test(
    "a Part 2 program sending SUD records to a court under a HIPAA basis is an error",
    arguments: ["hipaa-treatment", "hipaa-correctional", "[consent, hipaa-treatment]"])
  func part2UnderHIPAA(basis: String) throws {
    let analysis = try AnalysisHarness.analyze(
      Self.part2ToCourt.replacingOccurrences(of: "BASIS", with: basis))
    let finding = try #require(analysis.findings(of: "exchange-legal-basis").first)
    #expect(finding.severity == .error)
    #expect(finding.message.contains("42 CFR Part 2 program"))
    #expect(finding.hint?.contains("part2-consent") == true)
    #expect(analysis.hasErrors)
  }

  @Test("the same exchange under Part 2 consent or a Part 2 court order is fine")
  func part2Covered() throws {
    for basis in ["part2-consent", "part2-court-order"] {
      let analysis = try AnalysisHarness.analyze(
        Self.part2ToCourt.replacingOccurrences(of: "BASIS", with: basis))
      #expect(analysis.findings(of: "exchange-legal-basis").isEmpty, "\(basis)")
    }
  }

  @Test("a Part 2 program's records are Part 2 records even when the map says only health")
  func part2ByAgency() throws {
    let text = Self.part2ToCourt.replacingOccurrences(of: "BASIS", with: "consent")
      .replacingOccurrences(of: "records: substance-use", with: "records: health")
    let analysis = try AnalysisHarness.analyze(text)
    #expect(analysis.findings(of: "exchange-legal-basis").first?.severity == .error)
  }

  @Test("HIPAA treatment disclosure to a court, and education records without FERPA, are flagged")
  func otherMismatches() throws {
    let text =
      Self.header + """
        agencies:
          - {id: clinic, name: Clinic, sector: behavioral-health, role: community-mental-health}
          - {id: court, name: Juvenile Court, sector: justice, role: [court, juvenile-justice]}
          - {id: school, name: Schools, sector: education, role: school}
        exchanges:
          - {id: a, intercept: 2, from: clinic, to: court, records: health, legal-basis: hipaa-treatment, status: in-place}
          - {id: b, intercept: 2, from: school, to: court, records: education, legal-basis: hipaa-treatment, status: planned}
          - {id: c, intercept: 2, from: school, to: court, records: education, legal-basis: ferpa-exception, status: in-place}
        """
    let findings = try AnalysisHarness.analyze(text).findings(of: "exchange-legal-basis")
    #expect(findings.count == 2)
    #expect(findings[0].message.contains("only to a health care provider"))
    #expect(findings[0].severity == .error)
    #expect(findings[1].message.contains("FERPA"))
    #expect(findings[1].severity == .warning)
  }

  /// A map with every adult core practice running, measures everywhere, a full planning team
  /// and an action plan with owners and dates for every priority.
  static let complete =
    header + """
      agencies:
        - {id: sheriff, name: Sheriff, sector: justice, role: jail}
        - {id: clinic, name: Clinic, sector: behavioral-health, role: community-mental-health}
      workshop:
        team:
          - {role: Sheriff, agency: sheriff, stakeholder: [executive-sponsor, co-chair]}
          - {role: Director, agency: clinic, stakeholder: co-chair}
          - {role: County attorney, stakeholder: legal-expert}
          - {role: Reentry coordinator, stakeholder: boundary-spanner}
          - {role: Peer specialist, stakeholder: lived-experience}
      priorities:
        - {id: keep-it-up, rank: 1, title: Keep every program running, gaps: [staffing]}
      actions:
        - priority: keep-it-up
          objective: Renew every contract
          steps: [{action: List the contracts, who: County manager, when: 2027-01}]

      """ + ExampleMapsText.coreIntercepts

  @Test("a map with every core practice and full follow-through has no missing-practice findings")
  func completeMap() throws {
    let analysis = try AnalysisHarness.analyze(Self.complete)
    #expect(analysis.findings(of: "missing-core-practice").isEmpty)
    #expect(analysis.coverage.present == analysis.coverage.total)
    for rule in [
      "gap-without-priority", "priority-without-action", "action-step-incomplete",
      "planning-team", "no-diversion-path", "no-measures",
    ] {
      #expect(analysis.findings(of: rule).isEmpty, "\(rule): \(analysis.findings(of: rule))")
    }
  }

  @Test("a juvenile map is scored against the juvenile core practices")
  func juvenile() throws {
    let analysis = try AnalysisHarness.analyze(
      Self.header + "continuum: juvenile\n"
        + "intercepts:\n  1: {resources: [{id: cc, name: Civil citation, practice: civil-citation}]}\n"
    )
    let one = analysis.coverage.intercepts[1]
    #expect(one.title == "Law Enforcement and School Referral")
    #expect(one.present.map(\.id) == ["civil-citation"])
    #expect(one.missing.isEmpty)
    #expect(
      !analysis.findings(of: "missing-core-practice").contains { $0.message.contains("(cit)") })
  }

  @Test("analysis: disabled: switches a rule off, and an unknown id is reported with a suggestion")
  func disabling() throws {
    let marked = MarkedText(
      Self.header + "analysis:\n  disabled: [no-measures, 1️⃣planing-team]\n")
    let result = MapChecker().check(text: marked.text, file: "t.yaml")
    let diagnostic = try #require(result.diagnostics.first)
    #expect(result.diagnostics.count == 1)
    #expect(diagnostic.code == .unknownRule)
    #expect(diagnostic.severity == .warning)
    #expect(diagnostic.message.contains("did you mean \"planning-team\"?"))
    let marker = try #require(marked.markers["1️⃣"])
    #expect(diagnostic.location?.line == marker.line)
    #expect(diagnostic.location?.column == marker.column)
    let loaded = try #require(result.loaded)
    let analysis = Analyzer().analyze(loaded, asOf: AnalysisHarness.asOf)
    #expect(analysis.findings(of: "no-measures").isEmpty)
    #expect(!analysis.findings(of: "planning-team").isEmpty)
    #expect(analysis.disabledRules == ["no-measures"])
  }
}

/// The core-practice intercepts of the rule examples, as plain text for these tests.
enum ExampleMapsText {
  static let coreIntercepts: String = {
    var lines = ["intercepts:"]
    for number in InterceptNumber.all {
      lines.append("  \(number.value):")
      lines.append("    measures: [{name: People seen, value: 10, unit: people}]")
      if number.value == 5 { lines.append("    gaps: [{id: staffing, text: Staff turnover}]") }
      lines.append("    resources:")
      for practice in PracticeCatalog.standard.corePractices(at: number, for: .adult) {
        lines.append(
          "      - {id: r-\(practice.id), name: \(practice.id), practice: \(practice.id)}")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }()
}
