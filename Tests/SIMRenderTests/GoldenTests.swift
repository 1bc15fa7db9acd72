import SIMModel
import Testing

@testable import SIMRender

/// Golden DOT for every view and theme of the fixture map, and of the tutorial map when the
/// repository has one.
struct GoldenTests {
  static let cases: [(view: MapView, theme: String)] = Theme.names.flatMap { theme in
    [MapView.map, .sharing, .intercept(InterceptNumber.all[2]), .intercept(InterceptNumber.all[5])]
      .map { ($0, theme) }
  }

  @Test("matches the golden DOT for the Riverbend fixture", arguments: cases)
  func riverbend(view: MapView, theme: String) throws {
    let map = try Fixture.load("riverbend.yaml")
    let renderer = DOTRenderer(theme: try #require(Theme.named(theme)))
    let name = "riverbend-\(view.description.replacingOccurrences(of: ":", with: ""))-\(theme).dot"
    Golden.check(renderer.render(map, view: view), named: name)
  }

  @Test(
    "matches the golden DOT for the tutorial map",
    .enabled(
      if: Fixture.maps(in: "Examples").contains { $0.hasSuffix("/tutorial.yaml") },
      "Examples/tutorial.yaml is not written yet"),
    arguments: MapView.all)
  func tutorial(view: MapView) throws {
    let path = try #require(Fixture.maps(in: "Examples").first { $0.hasSuffix("/tutorial.yaml") })
    let map = try Fixture.load(path: path)
    let name = "tutorial-\(view.description.replacingOccurrences(of: ":", with: "")).dot"
    Golden.check(DOTRenderer().render(map, view: view), named: name)
  }
}
