import Foundation
import SIMModel
import Testing

@testable import SIMRender

/// Nothing from the machine or the file reaches the DOT. (That two runs give the same bytes is
/// checked across processes, in CLITests' `DeterminismTests`.)
struct DeterminismTests {
  @Test("names the graph and leaves out paths and versions")
  func noEnvironment() throws {
    let path = Fixture.path("riverbend.yaml")
    for view in MapView.all {
      let dot = DOTRenderer().render(try Fixture.load(path: path), view: view)
      #expect(dot.hasPrefix("digraph \""))
      #expect(!dot.contains(path))
      #expect(!dot.contains("riverbend.yaml"))
      #expect(!dot.lowercased().contains("graphviz"))
      #expect(!dot.lowercased().contains("simmap"))
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
