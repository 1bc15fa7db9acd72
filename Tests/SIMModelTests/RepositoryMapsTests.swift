import Foundation
import SIMAnalysis
import SIMModel
import SIMTestSupport
import Testing

/// The maps shipped in Examples/ and Maps/ validate with no errors and no warnings.
@Suite("shipped maps")
struct RepositoryMapsTests {
  static let files = Fixtures.yamlFiles(in: "Examples") + Fixtures.yamlFiles(in: "Maps")

  @Test("there are example and sample maps to check")
  func present() {
    #expect(Fixtures.yamlFiles(in: "Examples").count >= 2)
    #expect(Fixtures.yamlFiles(in: "Maps").count >= 6)
  }

  @Test("validates cleanly", arguments: files.map(Fixtures.relativePath))
  func validatesCleanly(path: String) throws {
    let result = MapChecker().check(path: Fixtures.root.appendingPathComponent(path).path)
    let formatter = DiagnosticFormatter()
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(formatter.format))")
    #expect(result.loaded != nil)
  }

  @Test(
    "sample maps cite their sources and say where their content comes from",
    arguments: Fixtures.yamlFiles(in: "Maps").map(Fixtures.relativePath))
  func samplesCite(path: String) throws {
    let map = try #require(
      MapChecker().check(path: Fixtures.root.appendingPathComponent(path).path).loaded?.map)
    #expect(map.provenance?.isEmpty == false)
    #expect(!map.sources.isEmpty)
    let uncited = map.allResources.filter { $0.resource.sources.isEmpty }.map(\.resource.id)
    #expect(uncited.isEmpty, "resources without a source: \(uncited)")
    let uncitedExchanges = map.exchanges.filter { $0.sources.isEmpty }.map(\.id)
    #expect(uncitedExchanges.isEmpty, "exchanges without a source: \(uncitedExchanges)")
    #expect(map.sources.allSatisfy { $0.url?.hasPrefix("http") == true })
  }
}
