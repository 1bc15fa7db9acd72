import SIMModel
import Testing

@testable import SIMRender

/// The information-sharing view: sides, arrows, legal basis and agreements.
struct SharingViewTests {
  @Test("groups agencies by side, justice first and health last")
  func sides() throws {
    let dot = DOTRenderer().render(try Fixture.load("riverbend.yaml"), view: .sharing)
    let justice = try #require(dot.range(of: "subgraph \"cluster_side_0\""))
    let between = try #require(dot.range(of: "subgraph \"cluster_side_1\""))
    let health = try #require(dot.range(of: "subgraph \"cluster_side_2\""))
    #expect(justice.lowerBound < between.lowerBound && between.lowerBound < health.lowerBound)
  }

  @Test("draws an exchange without a legal basis with a hollow head")
  func hollowHead() throws {
    let dot = DOTRenderer().render(try Fixture.load("riverbend.yaml"), view: .sharing)
    let edge = try #require(
      dot.split(separator: "\n").first { $0.contains("treatment attendance") })
    // Health to justice is written justice to health with dir=back, so the head is the tail.
    #expect(edge.contains(#"arrowtail="onormal""#) && edge.contains(#"dir="back""#))
    #expect(edge.contains("no legal basis identified"))
    #expect(edge.contains("GAP"))
  }

  @Test("names the agreement on its exchange and lists it in a table")
  func agreements() throws {
    let dot = DOTRenderer().render(try Fixture.load("riverbend.yaml"), view: .sharing)
    #expect(dot.contains("under MOU “Riverbend Data Link”"))
    #expect(dot.contains(#""agreements" [label=<<TABLE"#))
    #expect(dot.contains("June 2027"))
  }

  @Test("shows an agency an exchange names but the map does not define")
  func unknownAgency() {
    let map = Map(
      jurisdiction: Jurisdiction(name: "Test"),
      agencies: [Agency(id: "jail", name: "Jail", sector: .justice)],
      exchanges: [
        Exchange(
          id: "x", intercept: InterceptNumber.all[3], from: "jail", to: "ghost", status: .gap)
      ])
    let dot = DOTRenderer().render(map, view: .sharing)
    #expect(dot.contains(#""a0" -> "unknown_1" ["#))
    #expect(dot.contains("(not listed under agencies)"))
  }
}
