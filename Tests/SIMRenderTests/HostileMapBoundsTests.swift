import Foundation
import SIMAnalysis
import SIMModel
import SIMTestSupport
import Testing

@testable import SIMRender

/// Maps that once made pictures blow up now give pictures of bounded size, quickly.
struct HostileMapBoundsTests {
  static func loaded(_ text: String) throws -> LoadedMap {
    let result = MapLoader().load(text: text, file: "hostile.yaml")
    return try #require(result.loaded, "\(result.diagnostics)")
  }

  @Test("hang guard (generous bound): the opportunity flood draws a bounded view in under 30 s")
  func opportunityFlood() throws {
    let text = HostileMaps.opportunityFlood(justice: 75, health: 75, nameLength: 1_000)
    #expect(text.utf8.count < 10_000)
    let loaded = try Self.loaded(text)
    var dot = ""
    var analysis: Analysis?
    let elapsed = ContinuousClock().measure {
      let analyzed = Analyzer().analyze(loaded, asOf: DOTRenderer.testDate)
      dot = DOTRenderer().render(loaded.map, view: .opportunities, analysis: analyzed)
      analysis = analyzed
    }
    #expect((analysis?.opportunitiesLeftOut ?? 0) > 0)
    #expect(elapsed < .seconds(30), "took \(elapsed)")
    // Six opportunities and one "more" note per intercept, each label at most 500 characters.
    #expect(dot.matches(of: try Regex("#[0-9]+: ")).count <= 6 * 6)
    #expect(dot.contains("more opportunities here"))
    #expect(dot.utf8.count < 1_000_000, "\(dot.utf8.count) bytes")
  }

  @Test("hang guard (generous bound): every view of 5,000 resources in under 60 s")
  func manyResources() throws {
    let loaded = try Self.loaded(HostileMaps.manyResources(5_000))
    let elapsed = ContinuousClock().measure {
      let analysis = Analyzer().analyze(loaded, asOf: DOTRenderer.testDate)
      for view in MapView.all {
        _ = DOTRenderer().render(loaded.map, view: view, analysis: analysis)
      }
    }
    #expect(elapsed < .seconds(60), "took \(elapsed)")
  }
}
