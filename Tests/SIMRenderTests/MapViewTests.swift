import SIMModel
import Testing

@testable import SIMRender

/// Reading and writing view names.
struct MapViewTests {
  @Test("reads map, sharing and intercept:N", arguments: MapView.all)
  func roundTrip(view: MapView) {
    #expect(MapView(parsing: view.description) == view)
  }

  @Test("reads intercept:2 as Intercept 2")
  func interceptTwo() {
    #expect(MapView(parsing: "intercept:2") == InterceptNumber(2).map(MapView.intercept))
  }

  @Test(
    "rejects anything else",
    arguments: [
      "", "Map", "intercept", "intercept:", "intercept:6", "intercept:-1", "intercept:2x",
    ]
  )
  func rejects(text: String) {
    #expect(MapView(parsing: text) == nil)
  }

  @Test("names each view's graph")
  func graphNames() throws {
    let map = try Fixture.load("riverbend.yaml")
    let renderer = DOTRenderer()
    #expect(renderer.render(map, view: .map).hasPrefix("digraph \"cross_system_map\" {"))
    #expect(renderer.render(map, view: .sharing).hasPrefix("digraph \"information_sharing\" {"))
    let number = try #require(InterceptNumber(2))
    #expect(renderer.render(map, view: .intercept(number)).hasPrefix("digraph \"intercept_2\" {"))
  }
}
