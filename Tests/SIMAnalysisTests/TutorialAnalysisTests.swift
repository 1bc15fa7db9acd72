import Foundation
import SIMAnalysis
import SIMModel
import Testing

/// The tutorial map was built so that analysis finds true things; these tests read what it
/// finds, as a planner would.
@Suite("tutorial analysis")
struct TutorialAnalysisTests {
  static func tutorial() throws -> String {
    try AnalysisHarness.repositoryText("Examples/tutorial.yaml")
  }

  let analysis: Analysis

  init() throws {
    analysis = try AnalysisHarness.analyze(Self.tutorial(), file: "Examples/tutorial.yaml")
  }

  @Test("the only missing core practice is the booking data match the workshop named as a gap")
  func missingPractice() throws {
    let missing = analysis.findings(of: "missing-core-practice")
    #expect(missing.count == 1)
    let finding = try #require(missing.first)
    #expect(finding.intercept == InterceptNumber(2))
    #expect(finding.message.contains("(data-matching)"))
    #expect(finding.notes.map(\.message) == ["the map records it as gap \"no-booking-data-match\""])
    #expect(analysis.coverage.present == analysis.coverage.total - 1)
  }

  @Test("the Sheriff and Riverbend BH share nothing at reentry: a release notice is suggested")
  func releaseNotice() throws {
    let opportunity = try #require(
      analysis.opportunities.first {
        $0.intercept == InterceptNumber(4) && $0.justice.id == "sheriff"
          && $0.health.id == "riverbend-bh"
      })
    #expect(opportunity.suggestion.title == "Release notice to the community provider")
    #expect(opportunity.suggestion.from.id == "sheriff")
    #expect(opportunity.legalBases.map(\.id).contains(.consent))
    #expect(opportunity.resources.contains("jail-reentry-unit"))
  }

  @Test("agencies that run a program together, or share in place, are not opportunities")
  func linkedPairs() {
    let pairs = Set(
      analysis.opportunities.map { "\($0.intercept):\($0.justice.id)-\($0.health.id)" })
    #expect(!pairs.contains("1:port-alder-pd-riverbend-bh"))  // co-responder team
    #expect(!pairs.contains("1:emergency-communications-riverbend-bh"))  // 988 transfer
    #expect(!pairs.contains("3:circuit-court-new-horizons"))  // drug court progress, in place
    #expect(pairs.contains("5:community-corrections-new-horizons"))  // only partial
  }

  @Test("opportunities are ranked by resources, then people, and numbered from 1")
  func ranking() {
    let ranks = analysis.opportunities.map(\.rank)
    #expect(ranks == Array(1...ranks.count))
    let counts = analysis.opportunities.map(\.resources.count)
    #expect(counts == counts.sorted(by: >))
    #expect(analysis.findings(of: "linkage-opportunity").count == analysis.opportunities.count)
  }

  @Test("the exchange recorded as a gap is named on the opportunity it belongs to")
  func gapExchange() throws {
    let opportunity = try #require(
      analysis.opportunities.first {
        $0.justice.id == "community-corrections" && $0.health.id == "riverbend-bh"
      })
    #expect(opportunity.named.map(\.id) == ["violation-notice-provider"])
    #expect(opportunity.named.first?.status == .gap)
  }

  @Test("recurring exchanges with no agreement are the medication list and the Medicaid fax")
  func withoutAgreement() {
    let messages = analysis.findings(of: "exchange-without-agreement").map(\.message)
    #expect(messages.count == 2)
    #expect(messages.contains { $0.contains("\"community-medication-list\"") })
    #expect(messages.contains { $0.contains("\"release-dates-medicaid\"") })
  }

  @Test("the navigator MOU is past its review date; the QSOA is not yet")
  func overdueAgreement() throws {
    let overdue = analysis.findings(of: "agreement-review-overdue")
    #expect(overdue.map(\.message).allSatisfy { $0.contains("\"navigator-mou\"") })
    #expect(overdue.count == 1)
    let later = try AnalysisHarness.analyze(
      Self.tutorial(), asOf: CalendarDate(year: 2026, month: 12, day: 2))
    #expect(later.findings(of: "agreement-review-overdue").count == 2)
  }

  @Test("gaps no priority addresses are notes; every high-severity gap has a priority")
  func followThrough() {
    let gaps = analysis.findings(of: "gap-without-priority")
    #expect(gaps.count == 8)
    #expect(gaps.allSatisfy { $0.severity == .note })
    #expect(gaps.contains { $0.message.contains("\"competency-waits\"") })
    #expect(analysis.findings(of: "priority-without-action").isEmpty)
    #expect(analysis.findings(of: "action-step-incomplete").isEmpty)
    #expect(analysis.findings(of: "planning-team").isEmpty)
  }

  @Test("the only legal-basis finding is the violation notice with no basis identified")
  func legalBasis() {
    let findings = analysis.findings(of: "exchange-legal-basis")
    #expect(findings.count == 1)
    #expect(findings.first?.message.contains("\"violation-notice-provider\"") == true)
    #expect(findings.first?.severity == .warning)
    #expect(!analysis.hasErrors)
  }

  @Test("removing the in-place 988 transfer creates the dispatch–crisis line opportunity")
  func removingAnExchange() throws {
    let text = try Self.tutorial()
    #expect(!analysis.opportunities.contains { $0.justice.id == "emergency-communications" })
    let start = try #require(text.range(of: "  - id: call-transfer-988\n"))
    let end = try #require(text.range(of: "  - id: booking-roster-match\n"))
    let edited = text.replacingCharacters(in: start.lowerBound..<end.lowerBound, with: "")
    let after = try AnalysisHarness.analyze(edited)
    let opportunity = try #require(
      after.opportunities.first { $0.justice.id == "emergency-communications" })
    #expect(opportunity.intercept == InterceptNumber(1))
    #expect(opportunity.health.id == "riverbend-bh")
    #expect(opportunity.suggestion.title == "Police and 911 crisis contacts shared for follow-up")
    #expect(after.opportunities.count == analysis.opportunities.count + 1)
  }

  @Test("the tutorial switches off one rule, and the report says which")
  func disabling() throws {
    #expect(analysis.disabledRules == ["no-measures"])
    #expect(analysis.findings(of: "no-measures").isEmpty)
  }
}
