import Foundation
import SIMModel
import Testing

@testable import SIMRender

/// Where steps, local steps and resources land on the cross-system map.
struct SpineTests {
  @Test("puts a local step where the map lists it, between the defaults")
  func localStepInOrder() throws {
    let dot = DOTRenderer().render(try Fixture.load("riverbend.yaml"), view: .map)
    let row = try #require(rankGroup("rank_spine", in: dot))
    let slice = try #require(row.firstIndex(of: "i2_dp0")).advanced(by: 0)
    #expect(Array(row[slice...].prefix(3)) == ["i2_dp0", "i2_dp1", "i2_dp2"])
    #expect(dot.contains(#""i2_dp0" -> "i2_dp1""#))
    #expect(dot.contains(#""i2_dp1" -> "i2_dp2""#))
    #expect(PlainText.of(dot).contains("Intercept 2.5: pre-arraignment diversion"))
    #expect(PlainText.of(dot).contains("local step"))
  }

  @Test("hangs a resource under the step its at: names")
  func resourceUnderItsStep() throws {
    let dot = DOTRenderer().render(try Fixture.load("riverbend.yaml"), view: .map)
    // The diversion team (resource 1 of Intercept 2) sits at the local step (step 1).
    #expect(dot.contains(#""i2_dp1" -> "i2_r1" [style="invis", weight="10"];"#))
    #expect(dot.contains(#""i2_dp0" -> "i2_r0" [style="invis", weight="10"];"#))
  }

  @Test("hangs a resource whose step is in another intercept under the first step")
  func resourceElsewhereFallsBack() throws {
    let number = try #require(InterceptNumber(4))
    var map = Map(jurisdiction: Jurisdiction(name: "Test"))
    map.intercepts[4].resources = [Resource(id: "r", name: "Odd one", decisionPoint: "arrest")]
    let dot = DOTRenderer().render(map, view: .intercept(number))
    #expect(dot.contains(#""i4_dp0" -> "i4_r0" [style="invis", weight="10"];"#))
  }

  @Test("keeps every spine step on one row in map order")
  func oneRow() throws {
    let map = try Fixture.load("riverbend.yaml")
    let dot = DOTRenderer().render(map, view: .map)
    let expected = map.intercepts.flatMap { intercept in
      intercept.decisionPoints.indices.map { "i\(intercept.number.value)_dp\($0)" }
    }
    let row = try #require(rankGroup("rank_spine", in: dot))
    #expect(row.filter { !$0.contains("_spine_") } == expected)
    // Each band's line runs from an entry stub to an exit stub, except at the map's two ends.
    #expect(row.first == "i0_dp0" && row.last == "i5_dp2")
    #expect(row.filter { $0.hasSuffix("_spine_in") }.count == 5)
  }

  @Test("sends each intercept's last non-violation step to the community")
  func exits() throws {
    let dot = DOTRenderer().render(try Fixture.load("riverbend.yaml"), view: .map)
    #expect(dot.contains(#""i0_dp1" -> "community_0" ["#))
    #expect(dot.contains(#""i5_dp1" -> "community_5" ["#))
    #expect(!dot.contains(#""i5_dp2" -> "community_5" ["#))
  }

  @Test("leaves out a violation loop between neighbouring steps")
  func neighbouringViolation() throws {
    var map = Map(jurisdiction: Jurisdiction(name: "Test"))
    map.intercepts[3].decisionPoints = [
      DecisionPoint(id: "jail-pretrial", name: "Jail", isDefault: true),
      DecisionPoint(id: "technical-violation", name: "Technical violation"),
    ]
    map.intercepts[5].decisionPoints = []
    let dot = DOTRenderer().render(map, view: .map)
    #expect(!dot.contains(#""i3_dp1" -> "i3_dp0""#))
    #expect(dot.contains(#""i3_dp0" -> "i3_dp1""#))
    #expect(dot.contains("no decision points mapped"))
  }

  /// The node ids of a `rank=same` group, in order.
  private func rankGroup(_ name: String, in dot: String) -> [String]? {
    let lines = dot.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
    guard let start = lines.firstIndex(of: "subgraph \"\(name)\" {") else { return nil }
    return lines[(start + 2)...].prefix { $0 != "}" }.map {
      String($0.dropFirst().dropLast(2))
    }
  }
}
