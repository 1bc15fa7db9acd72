import Foundation
import GraphvizKit
import SIMModel
import SIMRender
import SIMTestSupport
import Testing

/// Hostile maps through the whole drawing path, libgvc included.
@Suite("hostile pictures")
struct HostilePictureTests {
  static func map(_ text: String) throws -> Map {
    let result = MapCheck.run(text: text, file: "hostile.yaml")
    return try #require(result.loaded?.map, "\(result.diagnostics)")
  }

  @Test(
    "a long word after \"Run by:\" is drawn as text, not as the node's id", arguments: MapView.all)
  func longWord(view: MapView) throws {
    let map = try Self.map(HostileMaps.longWord(length: 300))
    let rendering = try GraphvizEngine.shared.render(
      dot: DOTRenderer().render(map, view: view), formats: [.svg])
    let svg = String(decoding: try #require(rendering[.svg]), as: UTF8.self)
    #expect(!svg.contains(">i1_r0</text>"))
    if view == .intercept(InterceptNumber.all[1]) { #expect(svg.contains("Run by:")) }
    if view == .map || view == .intercept(InterceptNumber.all[1]) {
      #expect(svg.contains(String(repeating: "x", count: 20)))
    }
  }

  @Test("hang guard (generous bound): a name of 100,000 combining marks drawn in under 30 s")
  func combiningMarks() throws {
    let map = try Self.map(HostileMaps.combiningMarks(100_000))
    var svg = Data()
    let elapsed = try ContinuousClock().measure {
      svg = try #require(
        try GraphvizEngine.shared.render(
          dot: DOTRenderer().render(map, view: .map), formats: [.svg])[
            .svg])
    }
    #expect(elapsed < .seconds(30), "took \(elapsed)")
    #expect(svg.count < 1_000_000)
  }
}
