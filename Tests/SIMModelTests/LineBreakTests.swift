import Foundation
import SIMAnalysis
import SIMModel
import SIMTestSupport
import Testing

/// Lines are counted one way everywhere: as libyaml counts them, for LF, CR, CRLF, NEL, LS and PS.
@Suite("line breaks")
struct LineBreakTests {
  struct Break: CustomTestStringConvertible, Sendable {
    var name: String
    var text: String
    var testDescription: String { name }
  }

  static let breaks: [Break] = [
    Break(name: "LF", text: "\n"), Break(name: "CRLF", text: "\r\n"), Break(name: "CR", text: "\r"),
    Break(name: "NEL", text: "\u{85}"), Break(name: "LS", text: "\u{2028}"),
    Break(name: "PS", text: "\u{2029}"),
  ]

  @Test("the line index counts every break as libyaml does", arguments: breaks)
  func index(_ lineBreak: Break) {
    let text = ["simmap: 1", "", "  café: x", "end"].joined(separator: lineBreak.text)
    let lines = SourceLines(text)
    #expect(lines.count == 4)
    #expect(lines.text(ofLine: 3) == "  café: x")
    #expect(lines.text(ofLine: 5) == nil)
    let offset = lines.utf8Offset(line: 3, column: 7) ?? -1
    let location = lines.location(ofUTF8Offset: offset)
    #expect(location.line == 3 && location.column == 7)
    #expect(lines.utf8Offset(line: 3, column: 11) == nil)
  }

  @Test("CRLF is one break, and a text ending in a break has an empty last line")
  func crlfIsOne() {
    let lines = SourceLines("a\r\nb\r\n")
    #expect(lines.count == 3)
    #expect(lines.text(ofLine: 2) == "b")
    #expect(lines.text(ofLine: 3) == "")
    // An offset inside the CRLF belongs to the line it ends.
    let location = lines.location(ofUTF8Offset: 2)
    #expect(location.line == 1 && location.column == 2)
  }

  @Test("a repeated key is reported at the repeat, with its excerpt", arguments: breaks)
  func repeatedKey(_ lineBreak: Break) throws {
    let marked = MarkedText(
      "simmap: 1\njurisdiction:\n  1️⃣name: A\n  kind: county\n  2️⃣name: B\n")
    let text = marked.text.replacingOccurrences(of: "\n", with: lineBreak.text)
    let result = MapChecker().check(text: text, file: "t.yaml")
    let diagnostic = try #require(result.diagnostics.first)
    #expect(result.diagnostics.count == 1)
    #expect(diagnostic.code == .duplicateKey)
    let second = try #require(marked.markers["2️⃣"])
    let first = try #require(marked.markers["1️⃣"])
    #expect(diagnostic.location?.line == second.line)
    #expect(diagnostic.location?.column == second.column)
    #expect(diagnostic.notes.first?.location?.line == first.line)
    let printed = DiagnosticFormatter(sourceText: { _ in text }).format(diagnostic)
    #expect(printed.contains(" 5 |   name: B\n   |   ^"), "\(printed)")
  }

  @Test("deep nesting is refused by the nesting guard", arguments: breaks)
  func deepNesting(_ lineBreak: Break) {
    var lines = ["simmap: 1", "notes:"]
    for depth in 0..<100 {
      lines.append(String(repeating: "  ", count: depth + 1) + "k\(depth):")
    }
    let text = lines.joined(separator: lineBreak.text)
    let codes = MapChecker().check(text: text, file: "t.yaml").diagnostics.map(\.code)
    #expect(codes == [.nestingTooDeep])
  }

  @Test("an error after lines with CR breaks points at the right line")
  func syntaxErrorLine() throws {
    let text = "simmap: 1\rjurisdiction:\r  name: T\r  kind: [county\r"
    let diagnostic = try #require(MapChecker().check(text: text, file: "t.yaml").diagnostics.first)
    #expect(diagnostic.code == .yamlSyntax)
    #expect((diagnostic.location?.line ?? 0) >= 4)
  }

  @Test("the fuzz seeds load without a crash and each gives an answer")
  func fuzzSeeds() {
    let seeds = Fixtures.yamlFiles(in: "Fuzz/seeds")
    #expect(!seeds.isEmpty)
    for seed in seeds {
      let result = MapChecker().check(path: seed.path)
      let printed = DiagnosticFormatter(sourceText: { _ in result.text }).formatAll(
        result.diagnostics)
      for block in printed {
        #expect(!block.unicodeScalars.contains { TerminalText.isActive($0) })
      }
    }
  }
}
