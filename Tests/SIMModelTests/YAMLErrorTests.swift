import SIMAnalysis
import SIMModel
import SIMTestSupport
import Testing

/// YAML errors are classified from the text at the error, not from libyaml's wording.
@Suite("YAML errors")
struct YAMLErrorTests {
  static let header = "simmap: 1\njurisdiction:\n  name: T\n"

  @Test(
    "the character at the error gives the hint",
    arguments: [
      ("notes: a: b\n", "needs quotes"), ("notes: @home\n", "special character"),
      ("notes: *nowhere\n", "needs an anchor"), ("agencies:\n  - a\n bad: x\n", "indentation"),
    ])
  func hint(_ text: String, _ hint: String) throws {
    let diagnostic = try #require(
      MapChecker().check(text: Self.header + text, file: "t.yaml").diagnostics.first)
    #expect(diagnostic.code == .yamlSyntax)
    #expect(diagnostic.hint?.contains(hint) == true, "\(diagnostic.hint ?? "no hint")")
  }

  @Test("a tab in the indentation is named on a line after CRLF breaks")
  func tabAfterCRLF() throws {
    let text = "simmap: 1\r\njurisdiction:\r\n\tname: T\r\n"
    let diagnostic = try #require(MapChecker().check(text: text, file: "t.yaml").diagnostics.first)
    #expect(diagnostic.code == .tabIndentation)
    #expect(diagnostic.location?.line == 3)
  }

  @Test("a control character is located at its line and column")
  func controlCharacter() throws {
    let text = Self.header + "  kind: co\u{07}unty\n"
    let diagnostic = try #require(MapChecker().check(text: text, file: "t.yaml").diagnostics.first)
    #expect(diagnostic.location?.line == 4)
    #expect(diagnostic.location?.column == 11)
    let printed = DiagnosticFormatter(sourceText: { _ in text }).format(diagnostic)
    #expect(!printed.unicodeScalars.contains("\u{07}"))
  }
}
