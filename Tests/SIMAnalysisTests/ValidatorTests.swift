import Foundation
import SIMAnalysis
import SIMModel
import SIMTestSupport
import Testing

/// `AnalysisValidator`: practice ids against the catalog, with positions and suggestions.
@Suite("practice ids")
struct ValidatorTests {
  static let header = "simmap: 1\njurisdiction: {name: Test County}\n"

  @Test(
    "an unknown practice is an error on its value, with the closest id",
    arguments: [
      ("resources: [{id: r, name: R, practice: 1️⃣mobile-crisiss}]", "mobile-crisis"),
      ("gaps: [{id: g, text: G, practice: 1️⃣co-responders}]", "co-responder"),
      ("resources: [{id: r, name: R, practice: 1️⃣housing-first}]", "supportive-housing"),
    ])
  func unknown(line: String, suggestion: String) throws {
    let marked = MarkedText(Self.header + "intercepts:\n  0:\n    " + line + "\n")
    let result = AnalysisValidator().check(text: marked.text, file: "t.yaml")
    #expect(result.diagnostics.count == 1)
    let diagnostic = try #require(result.diagnostics.first)
    #expect(diagnostic.code == .unknownPractice)
    #expect(diagnostic.severity == .error)
    #expect(diagnostic.message.hasSuffix("did you mean \"\(suggestion)\"?"))
    let marker = try #require(marked.markers["1️⃣"])
    #expect(
      diagnostic.location
        == SIMModel.SourceLocation(file: "t.yaml", line: marker.line, column: marker.column))
  }

  @Test("an id far from every practice gets no suggestion but a hint")
  func farAway() throws {
    let text = Self.header + "intercepts:\n  0: {resources: [{id: r, name: R, practice: zzz}]}\n"
    let diagnostic = try #require(
      AnalysisValidator().check(text: text, file: "t.yaml").diagnostics.first)
    #expect(diagnostic.message == "unknown practice \"zzz\"")
    #expect(diagnostic.hint?.contains("simmap practices") == true)
  }

  @Test("the shipped maps use only known practices", arguments: ["Examples", "Maps"])
  func shippedMaps(folder: String) throws {
    let names = try FileManager.default.contentsOfDirectory(
      atPath: AnalysisHarness.root.appendingPathComponent(folder).path
    ).filter { $0.hasSuffix(".yaml") }
    #expect(!names.isEmpty)
    for name in names {
      let path = AnalysisHarness.root.appendingPathComponent("\(folder)/\(name)").path
      let diagnostics = AnalysisValidator().check(path: path).diagnostics
      #expect(diagnostics.isEmpty, "\(name): \(diagnostics.map(\.message))")
    }
  }
}
