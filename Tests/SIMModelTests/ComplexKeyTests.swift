import Foundation
import SIMAnalysis
import SIMModel
import SIMTestSupport
import Testing

/// Keys that are not plain names are refused before the YAML parser composes them.
@Suite("complex keys")
struct ComplexKeyTests {
  static let header = "simmap: 1\njurisdiction:\n  name: T\n"

  @Test(
    "each kind of complex key is refused at its position",
    arguments: [
      "1️⃣*a: x\n", "notes:\n  - 1️⃣*a : x\n", "1️⃣? a\n: b\n", "1️⃣[a, b]: x\n",
      "1️⃣{a: 1}: x\n", "notes: {1️⃣*a: x}\n", "notes: [x, 1️⃣[*a]: y]\n", "notes: {1️⃣? a : b}\n",
      "notes:\n  - k: v\n    1️⃣*a: x\n",
    ])
  func refused(_ marked: String) throws {
    let marked = MarkedText(Self.header + marked)
    let marker = try #require(marked.markers["1️⃣"])
    let diagnostics = MapChecker().check(text: marked.text, file: "t.yaml").diagnostics
    #expect(diagnostics.map(\.code) == [.complexKey])
    #expect(diagnostics.first?.location?.line == marker.line)
    #expect(diagnostics.first?.location?.column == marker.column)
  }

  @Test(
    "text inside values is not taken for a key",
    arguments: [
      "notes: |\n  *a: x\n  [1]: a footnote\n  ? what\n",
      "notes: \"a\n  *b: c\"\n",
      "notes: 'it''s\n  [x]: y'\n",
      "notes: a plain line\n  ? that continues\n",
      "notes: [\"*a: x\", '[b]: c']\n",
      "notes: \"x\" # *a: b\n",
      "sources:\n  - id: s\n    url: http://x.example/*a:b\n",
    ])
  func notAKey(_ text: String) {
    let codes = MapChecker().check(text: Self.header + text, file: "t.yaml").diagnostics.map(\.code)
    #expect(!codes.contains(.complexKey), "\(codes)")
  }

  /// A hang guard, with a generous bound: Yams hashes an alias key with all it expands to.
  @Test("hang guard (10 s): an alias bomb used as a key is answered at once")
  func aliasKeyBombHangGuard() throws {
    let text = try String(
      contentsOf: Fixtures.root.appendingPathComponent("Fuzz/seeds/alias-as-key.yaml"),
      encoding: .utf8)
    #expect(text.utf8.count < 1_024)
    let clock = ContinuousClock()
    var codes: [DiagnosticCode] = []
    let elapsed = clock.measure {
      codes = MapChecker().check(text: text, file: "bomb.yaml").diagnostics.map(\.code)
    }
    #expect(codes == [.complexKey])
    #expect(elapsed < .seconds(10), "took \(elapsed)")
  }

  @Test("a quote never closed is found by scanning, at the quote")
  func unclosedQuote() throws {
    let marked = MarkedText(Self.header + "  kind: county\nnotes: 1️⃣\"never closed\nother: x\n")
    let diagnostic = try #require(
      MapChecker().check(text: marked.text, file: "t.yaml").diagnostics.first)
    let marker = try #require(marked.markers["1️⃣"])
    #expect(diagnostic.code == .yamlSyntax)
    #expect(diagnostic.message.contains("never closed"))
    #expect(diagnostic.location?.line == marker.line)
    #expect(diagnostic.location?.column == marker.column)
  }

  @Test("a second document after the first is found by scanning, at its marker")
  func secondDocument() throws {
    let marked = MarkedText("---\n" + Self.header + "1️⃣...\nsimmap: 1\n")
    let diagnostic = try #require(
      MapChecker().check(text: marked.text, file: "t.yaml").diagnostics.first)
    #expect(diagnostic.code == .multipleDocuments)
    #expect(diagnostic.location?.line == (marked.markers["1️⃣"]?.line ?? 0) + 1)
  }
}
