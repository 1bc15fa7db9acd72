import Foundation
import SIMAnalysis
import SIMModel
import SIMTestSupport
import Testing

/// Linkage analysis keeps the best opportunities and counts the rest, however many agencies a
/// map has, and ranks them as the rule describes.
@Suite("bounded linkage")
struct BoundedLinkageTests {
  @Test("500 × 500 agencies: keeps the best 100, counts 250,000 and says how many are left out")
  func keepsTheBest() throws {
    let analysis = try AnalysisHarness.analyze(HostileMaps.agencyPairs(justice: 500, health: 500))
    #expect(analysis.opportunities.count == LinkageOpportunity.limit)
    #expect(analysis.opportunitiesLeftOut == 250_000 - LinkageOpportunity.limit)
    #expect(analysis.opportunities.map(\.rank) == Array(1...LinkageOpportunity.limit))
    let linkage = analysis.findings.filter { $0.rule == "linkage-opportunity" }
    #expect(linkage.count == LinkageOpportunity.limit + 1)
    let note = try #require(linkage.first { $0.severity == .note })
    #expect(note.message.contains("250000 linkage opportunities found"))
    #expect(note.message.contains("249900 more are left out"))
  }

  @Test("hang guard (generous bound): 500 × 500 agencies analyzed in under 30 s")
  func hangGuardPairs() throws {
    let text = HostileMaps.agencyPairs(justice: 500, health: 500)
    let loaded = try AnalysisHarness.load(text)
    let elapsed = ContinuousClock().measure {
      _ = Analyzer().analyze(loaded, asOf: AnalysisHarness.asOf)
    }
    #expect(elapsed < .seconds(30), "took \(elapsed)")
  }

  @Test("hang guard (generous bound): 5,000 resources analyzed in under 30 s")
  func hangGuardResources() throws {
    let loaded = try AnalysisHarness.load(HostileMaps.manyResources(5_000))
    let elapsed = ContinuousClock().measure {
      _ = Analyzer().analyze(loaded, asOf: AnalysisHarness.asOf)
    }
    #expect(elapsed < .seconds(30), "took \(elapsed)")
  }

  @Test("a map under the limit lists every opportunity and no note")
  func underTheLimit() throws {
    let analysis = try AnalysisHarness.analyze(HostileMaps.agencyPairs(justice: 5, health: 4))
    #expect(analysis.opportunities.count == 20)
    #expect(analysis.opportunitiesLeftOut == 0)
    #expect(
      !analysis.findings.contains { $0.rule == "linkage-opportunity" && $0.severity == .note })
  }

  @Test("ranks as the rule says: resources touched, then people, then intercept and names")
  func ranking() throws {
    for path in ["Examples/tutorial.yaml"] + Self.sampleMaps {
      let analysis = try AnalysisHarness.analyze(
        try AnalysisHarness.repositoryText(path), file: path)
      for (first, second) in zip(analysis.opportunities, analysis.opportunities.dropFirst()) {
        #expect(
          !Self.ranks(second, before: first), "\(path): #\(second.rank) before #\(first.rank)")
      }
    }
  }

  /// The sample maps of `Maps/`.
  static var sampleMaps: [String] { Fixtures.yamlFiles(in: "Maps").map(Fixtures.relativePath) }

  private static func ranks(_ lhs: LinkageOpportunity, before rhs: LinkageOpportunity) -> Bool {
    if lhs.resources.count != rhs.resources.count {
      return lhs.resources.count > rhs.resources.count
    }
    let left = lhs.people?.value ?? -1
    let right = rhs.people?.value ?? -1
    if left != right { return left > right }
    if lhs.intercept != rhs.intercept { return lhs.intercept < rhs.intercept }
    return (lhs.justice.name, lhs.health.name) < (rhs.justice.name, rhs.health.name)
  }
}
