import Foundation
import SIMAnalysis
import SIMModel
import SIMTestSupport
import Testing

/// Many problems in one map are found, suggested and printed in linear time, with bounded output.
@Suite("many problems")
struct ScaleTests {
  static let header = "simmap: 1\njurisdiction:\n  name: T\n"

  /// A hang guard with a generous bound: the formatter once re-split the file per diagnostic.
  @Test("hang guard (60 s): 20,000 unknown keys are checked and printed, 20 of them shown")
  func unknownKeysHangGuard() {
    let text = Self.header + (0..<20_000).map { "  key\($0): x\n" }.joined()
    let clock = ContinuousClock()
    var blocks: [String] = []
    var count = 0
    let elapsed = clock.measure {
      let diagnostics = MapChecker().check(text: text, file: "t.yaml").diagnostics
      count = diagnostics.count
      blocks = DiagnosticFormatter(sourceText: { _ in text }).formatAll(diagnostics)
    }
    #expect(count == 20_000)
    #expect(blocks.count == DiagnosticFormatter.shownPerCode + 1)
    #expect(blocks.last == "… and 19980 more [unknown-key]")
    #expect(elapsed < .seconds(60), "took \(elapsed)")
  }

  /// A hang guard with a generous bound: "did you mean" once compared every pair of ids.
  @Test("hang guard (60 s): 12,000 unknown references each get a suggestion")
  func unknownReferencesHangGuard() {
    var lines = [Self.header, "agencies:\n"]
    for index in 0..<12_000 {
      lines.append("  - {id: agency-\(index), name: A, sector: justice}\n")
    }
    lines.append("intercepts:\n  1:\n    resources:\n")
    for index in 0..<12_000 {
      lines.append("      - {id: r\(index), name: R, agency: agncy-\(index)}\n")
    }
    let text = lines.joined()
    let clock = ContinuousClock()
    var diagnostics: [Diagnostic] = []
    let elapsed = clock.measure {
      diagnostics = MapChecker().check(text: text, file: "t.yaml").diagnostics
    }
    #expect(diagnostics.count == 12_000)
    #expect(diagnostics.allSatisfy { $0.code == .unknownReference })
    let suggested = diagnostics.filter { $0.message.contains("did you mean \"agency-") }
    #expect(suggested.count == 12_000)
    #expect(elapsed < .seconds(60), "took \(elapsed)")
  }

  @Test("a typo is found among many ids, and a cut-off id gets its whole id")
  func suggestions() {
    let ids = (0..<5_000).map { "program-\($0)" } + ["hope-peer-center", "crisis-line"]
    let index = SuggestionIndex(ids)
    #expect(index.closest(to: "crisis-lnie") == "crisis-line")
    #expect(index.closest(to: "xcrisis-line") == "crisis-line")
    #expect(index.closest(to: "hope-peer") == "hope-peer-center")
    #expect(index.closest(to: "porgram-4099") == "program-4099")
    #expect(index.closest(to: "program-40999") == "program-4099")
    #expect(index.closest(to: "zzzz-qqqq") == nil)
  }

  @Test("a cut-off reference is pointed at the whole id")
  func prefixReference() throws {
    let text =
      Self.header + "agencies:\n  - {id: hope-peer-center, name: Hope, sector: community}\n"
      + "intercepts:\n  1:\n    resources:\n      - {id: r, name: R, agency: hope-peer}\n"
    let diagnostic = try #require(MapChecker().check(text: text, file: "t.yaml").diagnostics.first)
    #expect(diagnostic.message.contains("did you mean \"hope-peer-center\"?"))
  }

  @Test(
    "an impossible date says what is impossible",
    arguments: [
      ("2026-14-04", "there is no month 14"), ("2026-02-30", "there is no day 30 in February 2026"),
      ("2024-04-31", "there is no day 31 in April 2024"),
    ])
  func impossibleDate(_ value: String, _ hint: String) throws {
    let text = Self.header + "workshop:\n  dates: [\(value)]\n"
    let diagnostic = try #require(MapChecker().check(text: text, file: "t.yaml").diagnostics.first)
    #expect(diagnostic.code == .invalidDate)
    #expect(diagnostic.hint?.contains(hint) == true, "\(diagnostic.hint ?? "no hint")")
  }

  @Test("a number with thousands separators is shown without them")
  func thousandsSeparator() throws {
    let text = Self.header + "  population: 64,200\n"
    let diagnostic = try #require(MapChecker().check(text: text, file: "t.yaml").diagnostics.first)
    #expect(diagnostic.code == .wrongType)
    #expect(diagnostic.hint == "write numbers without separators: 64200")
  }
}
