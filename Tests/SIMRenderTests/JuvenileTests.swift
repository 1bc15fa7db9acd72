import SIMModel
import Testing

@testable import SIMRender

/// Juvenile maps use the juvenile wording for intercepts, steps and the title.
struct JuvenileTests {
  static let map = Map(
    jurisdiction: Jurisdiction(name: "Lakeside County", state: "XX"), continuum: .juvenile)

  @Test("uses juvenile intercept titles in the map's headings")
  func headings() {
    let dot = DOTRenderer().render(Self.map, view: .map)
    let text = PlainText.of(dot)
    for number in InterceptNumber.all {
      #expect(text.contains(DOTEscaping.escape(number.title(for: .juvenile), for: .html)))
    }
    #expect(text.contains("Law Enforcement and School Referral"))
    #expect(text.contains("Juvenile Sequential Intercept Model"))
    #expect(!text.contains("Jails / Courts"))
    #expect(text.contains("School referral"))
  }

  @Test("titles the intercept view in juvenile words")
  func interceptTitle() throws {
    let number = try #require(InterceptNumber(3))
    let dot = DOTRenderer().render(Self.map, view: .intercept(number))
    #expect(dot.contains("Intercept 3 — Detention and Juvenile Court"))
  }

  @Test("loops violations back to juvenile detention")
  func violationLoop() {
    let dot = DOTRenderer().render(Self.map, view: .map)
    // Juvenile detention is the first step of Intercept 3; violation is the last of Intercept 5.
    #expect(dot.contains(#""i5_dp2" -> "i3_dp0" ["#))
  }
}
