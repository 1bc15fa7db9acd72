import Foundation
import SIMModel
import Testing

@testable import SIMRender

/// The same map gives the same bytes, with nothing from the clock, the machine or the file.
struct DeterminismTests {
  @Test("renders the same bytes twice", arguments: MapView.all)
  func sameBytes(view: MapView) throws {
    for theme in Theme.all {
      let first = DOTRenderer(theme: theme).render(try Fixture.load("riverbend.yaml"), view: view)
      let second = DOTRenderer(theme: theme).render(try Fixture.load("riverbend.yaml"), view: view)
      #expect(first == second)
    }
  }

  @Test("names the graph and leaves out paths, versions and today's date")
  func noEnvironment() throws {
    let path = Fixture.path("riverbend.yaml")
    let year = String(Calendar(identifier: .gregorian).component(.year, from: Date()))
    for view in MapView.all {
      let dot = DOTRenderer().render(try Fixture.load(path: path), view: view)
      #expect(dot.hasPrefix("digraph \""))
      #expect(!dot.contains(path))
      #expect(!dot.contains("riverbend.yaml"))
      #expect(!dot.lowercased().contains("graphviz"))
      #expect(!dot.lowercased().contains("simmap"))
      if year != "2026" { #expect(!dot.contains(year)) }
    }
  }

  @Test("writes attributes sorted by key")
  func sortedAttributes() {
    let attributes: DOTAttributes = [
      .width: 1, .color: "red", .shape: Theme.Shape.box, .label: "x",
    ]
    #expect(attributes.sorted.map(\.key.rawValue) == ["color", "label", "shape", "width"])
    var graph = DOTGraph(name: "g")
    graph.add(DOTNode("n", attributes))
    #expect(
      DOTEncoder().encode(graph)
        == "digraph \"g\" {\n  \"n\" [color=\"red\", label=\"x\", shape=\"box\", width=\"1\"];\n}\n"
    )
  }
}
