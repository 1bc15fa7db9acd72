import Foundation
import SIMModel
import SIMTestSupport
import Testing

@testable import SIMRender

/// Golden DOT for views and themes of the fixture map, and for every view and theme of the
/// Examples maps.
struct GoldenTests {
  /// `Tests/SIMRenderTests/Golden`.
  static let golden = Fixture.testsDirectory.appendingPathComponent("Golden")

  static let cases: [(view: MapView, theme: String)] = Theme.names.flatMap { theme in
    [MapView.map, .sharing, .intercept(InterceptNumber.all[2]), .intercept(InterceptNumber.all[5])]
      .map { ($0, theme) }
  }

  @Test("matches the golden DOT for the Riverbend fixture", arguments: cases)
  func riverbend(view: MapView, theme: String) throws {
    let map = try Fixture.load("riverbend.yaml")
    let renderer = DOTRenderer(theme: try #require(Theme.named(theme)))
    let name = "riverbend-\(view.description.replacingOccurrences(of: ":", with: ""))-\(theme).dot"
    assertGolden(renderer.render(map, view: view), named: name, in: Self.golden)
  }

  /// Every view in every theme of the Examples maps with content (the worksheet is the minimal
  /// map with comments, and draws the same).
  static let exampleCases: [(example: String, view: MapView, theme: String)] =
    ["minimal", "tutorial"].flatMap { example in
      Theme.names.flatMap { theme in MapView.all.map { (example, $0, theme) } }
    }

  @Test("matches the golden DOT for the Examples maps", arguments: exampleCases)
  func example(example: String, view: MapView, theme: String) throws {
    let path = Fixture.packageRoot.appendingPathComponent("Examples/\(example).yaml").path
    let map = try Fixture.load(path: path)
    let renderer = DOTRenderer(theme: try #require(Theme.named(theme)))
    let name = "\(example)-\(view.description.replacingOccurrences(of: ":", with: ""))-\(theme).dot"
    assertGolden(renderer.render(map, view: view), named: name, in: Self.golden)
  }
}
