import Foundation
import SIMAnalysis
import SIMModel
import SIMTestSupport
import Testing

/// `MapChecker`, the one way simmap checks a map: shape, meaning and catalogs in one run, with
/// practice ids against the catalog, their positions and suggestions.
@Suite("map checker")
struct MapCheckerTests {
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
    let result = MapChecker().check(text: marked.text, file: "t.yaml")
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
      MapChecker().check(text: text, file: "t.yaml").diagnostics.first)
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
      let diagnostics = MapChecker().check(path: path).diagnostics
      #expect(diagnostics.isEmpty, "\(name): \(diagnostics.map(\.message))")
    }
  }

  /// Counts how often the checker asks for the practice catalog.
  final class CatalogRequests: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var made: Int { lock.withLock { count } }
    func catalog() -> PracticeCatalog {
      lock.withLock { count += 1 }
      return .standard
    }
  }

  @Test("the practice catalog is not asked for when the map names no practice")
  func catalogOnlyWhenNeeded() {
    let requests = CatalogRequests()
    let checker = MapChecker { requests.catalog() }
    let plain = Self.header + "intercepts:\n  0: {resources: [{id: r, name: R}]}\n"
    #expect(checker.check(text: plain, file: "t.yaml").diagnostics.isEmpty)
    #expect(checker.check(text: "not: [a map", file: "t.yaml").loaded == nil)
    #expect(requests.made == 0)
    let named =
      Self.header + "intercepts:\n  0: {resources: [{id: r, name: R, practice: mobile-crisis}]}\n"
    #expect(checker.check(text: named, file: "t.yaml").diagnostics.isEmpty)
    #expect(requests.made == 1)
  }

  @Test("one run reports shape, meaning and catalog problems together, sorted")
  func everyKindInOneRun() {
    let text =
      Self.header + "populaton: 5\n"
      + "intercepts:\n  0: {resources: [{id: r, name: R, agency: nobody, practice: zzz}]}\n"
      + "analysis: {disabled: [no-such-rule]}\n"
    let codes = MapChecker().check(text: text, file: "t.yaml").diagnostics.map(\.code)
    #expect(
      Set(codes) == [.unknownKey, .unknownReference, .unknownPractice, .unknownRule], "\(codes)")
  }
}
