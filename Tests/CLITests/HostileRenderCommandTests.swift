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
}
