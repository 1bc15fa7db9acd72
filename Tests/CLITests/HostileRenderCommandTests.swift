import Foundation
import SIMTestSupport
import Testing

/// `simmap render` on maps built to hurt: a clear picture or a clear failure, never a wrong
/// picture with exit status 0.
@Suite("simmap render on hostile maps")
struct HostileRenderCommandTests {
  @Test("a long word after \"Run by:\" is drawn as text in every view, with no Graphviz error")
  func longWord() throws {
    let workspace = try Workspace("long-word")
    try workspace.write(HostileMaps.longWord(length: 300), to: "word.yaml")
    let output = try workspace.run(["render", "word.yaml", "--view", "all", "-o", "pictures"])
    #expect(output.status == 0, "\(output.stderr)")
    #expect(!output.stderr.contains("error"))
    let detail = try String(
      contentsOfFile: workspace.path("pictures/word.intercept-1.svg"), encoding: .utf8)
    #expect(detail.contains("Run by:"))
    #expect(!detail.contains(">i1_r0</text>"))
  }

  @Test("hang guard (generous bound): the opportunity flood renders in under 60 s")
  func opportunityFlood() throws {
    let workspace = try Workspace("flood")
    try workspace.write(
      HostileMaps.opportunityFlood(justice: 75, health: 75, nameLength: 1_000), to: "flood.yaml")
    let start = ContinuousClock.now
    let output = try workspace.run(
      ["render", "flood.yaml", "--view", "opportunities", "--as-of", "2026-06-01"])
    #expect(ContinuousClock.now - start < .seconds(60))
    #expect(output.status == 0, "\(output.stderr)")
    let svg = try workspace.data("flood.opportunities.svg")
    #expect(svg.count < 5_000_000, "\(svg.count) bytes")
  }

  @Test("hang guard (generous bound): analyze of 500 × 500 agencies in under 60 s, 100 listed")
  func agencyPairs() throws {
    let workspace = try Workspace("pairs")
    try workspace.write(HostileMaps.agencyPairs(justice: 500, health: 500), to: "pairs.yaml")
    let start = ContinuousClock.now
    let output = try workspace.run(
      ["analyze", "pairs.yaml", "--format", "json", "--as-of", "2026-06-01"])
    #expect(ContinuousClock.now - start < .seconds(60))
    let json = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8))
    let object = try #require(json as? [String: Any], "\(output.stderr)")
    #expect((object["opportunities"] as? [Any])?.count == 100)
    #expect(object["opportunitiesLeftOut"] as? Int == 249_900)
  }

  @Test("hang guard (generous bound): an alias bomb is refused in under 30 s")
  func aliasBomb() throws {
    let workspace = try Workspace("bomb")
    try workspace.write(HostileMaps.aliasBomb(levels: 9), to: "bomb.yaml")
    let start = ContinuousClock.now
    let output = try workspace.run(["render", "bomb.yaml", "--view", "opportunities"])
    #expect(ContinuousClock.now - start < .seconds(30))
    #expect(output.status == 1)
    #expect(output.stderr.contains("bomb.yaml"))
    #expect(output.stderr.contains("not drawn"))
  }
}
