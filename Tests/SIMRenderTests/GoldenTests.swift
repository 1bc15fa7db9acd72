import Foundation
import SIMModel
import SIMTestSupport
import Testing

@testable import SIMRender

/// Golden DOT for every view of the tutorial map, in the default theme; what the other themes
/// may change is checked by `ThemePropertyTests`.
struct GoldenTests {
  /// `Tests/SIMRenderTests/Golden`.
  static let golden = Fixture.testsDirectory.appendingPathComponent("Golden")

  @Test("matches the golden DOT of each view of the tutorial", arguments: MapView.all)
  func tutorial(view: MapView) throws {
    let map = try Fixture.load(path: OpportunitiesViewTests.tutorial)
    let name = "tutorial-\(view.description.replacingOccurrences(of: ":", with: ""))-default.dot"
    assertGolden(DOTRenderer().render(map, view: view), named: name, in: Self.golden)
  }
}
