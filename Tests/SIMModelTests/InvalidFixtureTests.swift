import Foundation
import SIMAnalysis
import SIMModel
import SIMTestSupport
import Testing

/// Each invalid fixture, named after its fault, against its golden diagnostics.
@Suite("invalid fixtures")
struct InvalidFixtureTests {
  static let fixtures: [String] = {
    let folder = Fixtures.url("invalid")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".yaml") }.sorted()
  }()

  static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden/diagnostics")

  @Test("diagnostics match the golden file", arguments: fixtures)
  func matchesGolden(name: String) throws {
    let url = Fixtures.url("invalid/\(name)")
    let text = try String(contentsOf: url, encoding: .utf8)
    let file = Fixtures.relativePath(url)
    let diagnostics = MapChecker().check(text: text, file: file).diagnostics
    #expect(diagnostics.hasErrors || diagnostics.contains { $0.severity == .warning })
    let formatter = DiagnosticFormatter { $0 == file ? text : nil }
    let output = diagnostics.map(formatter.format).joined(separator: "\n") + "\n"
    assertGolden(
      output, named: name.replacingOccurrences(of: ".yaml", with: ".txt"), in: Self.golden)
  }

  @Test("five different faults give five positioned errors in one run")
  func fiveFaults() throws {
    let url = Fixtures.url("invalid/five-faults.yaml")
    let diagnostics = MapChecker().check(path: url.path).diagnostics
    let errors = diagnostics.filter { $0.severity == .error }
    #expect(errors.count == 5)
    #expect(Set(errors.map(\.code)).count == 5)
    #expect(errors.allSatisfy { $0.location != nil })
    #expect(errors == errors.sorted())
  }

  @Test("a misspelled key is a warning that names the right key")
  func misspelledKey() throws {
    let url = Fixtures.url("invalid/misspelled-key.yaml")
    let diagnostics = MapChecker().check(path: url.path).diagnostics
    #expect(diagnostics.map(\.code) == [.unknownKey, .unknownKey])
    #expect(diagnostics.allSatisfy { $0.severity == .warning })
    #expect(diagnostics[0].message.contains("did you mean \"role\"?"))
    #expect(diagnostics[1].message.contains("did you mean \"agency\"?"))
    #expect(diagnostics.promotingWarnings().hasErrors)
  }

  @Test("an unsupported version is the only error, whatever else is wrong")
  func versionFirst() throws {
    let url = Fixtures.url("invalid/unsupported-version.yaml")
    let diagnostics = MapChecker().check(path: url.path).diagnostics
    #expect(diagnostics.map(\.code) == [.unsupportedVersion])
  }
}
