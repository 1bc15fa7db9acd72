import Foundation
import SIMAnalysis
import SIMModel
import SIMTestSupport
import Testing

/// Runs every registered rule over its own triggering and non-triggering examples.
@Suite("rule examples")
struct RuleExampleTests {
  /// One example of one rule.
  struct Case: Sendable, CustomTestStringConvertible {
    var rule: String
    var triggers: Bool
    var index: Int
    var example: RuleExample

    var testDescription: String {
      "\(rule) \(triggers ? "triggering" : "non-triggering") #\(index + 1)"
    }
  }

  static let cases: [Case] = AllRules.descriptions.flatMap { description in
    description.triggering.enumerated().map {
      Case(rule: description.id, triggers: true, index: $0, example: $1)
    }
      + description.nonTriggering.enumerated().map {
        Case(rule: description.id, triggers: false, index: $0, example: $1)
      }
  }

  @Test("each example finds exactly what its markers say", arguments: cases)
  func example(_ testCase: Case) throws {
    let marked = MarkedText(testCase.example.yaml)
    let analysis = try AnalysisHarness.analyze(
      marked.text, file: "example.yaml", asOf: RuleExample.asOf)
    let findings = analysis.findings(of: testCase.rule)
    if testCase.triggers {
      #expect(!marked.markers.isEmpty, "a triggering example needs a marker")
      #expect(!findings.isEmpty)
      let found = Set(findings.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0)" })
      let expected = Set(marked.markers.values.map { "\($0.line):\($0.column)" })
      #expect(found == expected, "\(findings.map(\.message))")
    } else {
      #expect(marked.markers.isEmpty)
      #expect(findings.isEmpty, "\(findings.map(\.message))")
    }
  }

  @Test("every rule has a kebab-case id, a summary and examples of both kinds")
  func descriptions() {
    let descriptions = AllRules.descriptions
    #expect(Set(descriptions.map(\.id)).count == descriptions.count)
    for description in descriptions {
      #expect(Identifier<Never>.isValid(description.id), "\(description.id)")
      #expect(!description.summary.isEmpty && !description.rationale.isEmpty)
      #expect(!description.triggering.isEmpty, "\(description.id) has no triggering example")
      #expect(!description.nonTriggering.isEmpty, "\(description.id) has no other example")
    }
  }

  @Test("docs/analysis.md describes every rule")
  func documented() throws {
    let text = try AnalysisHarness.repositoryText("docs/analysis.md")
    for id in AllRules.ids {
      #expect(text.contains("`\(id)`"), "docs/analysis.md does not mention \(id)")
    }
  }
}
