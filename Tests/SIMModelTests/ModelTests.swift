import SIMAnalysis
import SIMModel
import Testing

@Suite("model")
struct ModelTests {
  @Test("dates parse in three precisions and reject impossible days")
  func dates() {
    #expect(CalendarDate(parsing: "2026-03-04") == CalendarDate(year: 2026, month: 3, day: 4))
    #expect(CalendarDate(parsing: "2026-03") == CalendarDate(year: 2026, month: 3))
    #expect(CalendarDate(parsing: "2026") == CalendarDate(year: 2026))
    #expect(CalendarDate(parsing: "2024-02-29") != nil)
    for bad in ["2026-02-29", "2026-13-01", "26-01-01", "2026-1-1", "soon", "2026-03-04-05"] {
      #expect(CalendarDate(parsing: bad) == nil, "\(bad)")
    }
    #expect(CalendarDate(parsing: "2026-03-04")?.description == "2026-03-04")
    #expect(CalendarDate(year: 2025) < CalendarDate(year: 2025, month: 1))
  }

  @Test("ids are kebab-case")
  func ids() {
    for good in ["sheriff", "cit-2", "a1-b2-c3"] { #expect(Identifier<Agency>.isValid(good)) }
    for bad in ["Sheriff", "2cit", "cit--team", "cit-", "cit_team", "", "ça"] {
      #expect(!Identifier<Agency>.isValid(bad), "\(bad)")
    }
  }

  @Test("suggestions find likely typos and nothing far off")
  func suggestions() {
    let words = ["agency", "agencies", "name", "status"]
    #expect(Suggestion.closest(to: "agncy", in: words) == "agency")
    #expect(Suggestion.closest(to: "Name", in: words) == "name")
    #expect(Suggestion.closest(to: "staus", in: words) == "status")
    #expect(Suggestion.closest(to: "xyz", in: words) == nil)
  }

  @Test("a map renames a default step and adds a local one where it puts it")
  func customDecisionPoints() throws {
    let text = """
      simmap: 1
      jurisdiction: { name: Stepwise County }
      intercepts:
        2:
          decision-points:
            - initial-detention
            - { id: first-appearance, name: Magistrate hearing }
            - { id: bond-review, name: "Intercept 2.5: bond review", note: within 48 hours }
      """
    let map = try #require(MapChecker().check(text: text, file: "t.yaml").loaded?.map)
    let points = map[intercept: try #require(InterceptNumber(2))].decisionPoints
    #expect(points.map(\.id.rawValue) == ["initial-detention", "first-appearance", "bond-review"])
    #expect(points.map(\.isDefault) == [true, true, false])
    #expect(points[1].name == "Magistrate hearing")
    #expect(points[2].note == "within 48 hours")
    let untouched = map[intercept: try #require(InterceptNumber(1))].decisionPoints
    #expect(untouched.map(\.id.rawValue) == ["dispatch", "law-enforcement", "arrest"])
  }

  @Test("juvenile maps use the juvenile wording and steps")
  func juvenile() throws {
    let text = "simmap: 1\njurisdiction: { name: Youth County }\ncontinuum: juvenile\n"
    let map = try #require(MapChecker().check(text: text, file: "t.yaml").loaded?.map)
    #expect(map.continuum == .juvenile)
    let two = try #require(InterceptNumber(2))
    #expect(map[intercept: two].decisionPoints.first?.id == "juvenile-assessment")
    #expect(two.title(for: .juvenile) != two.title(for: .adult))
  }

  @Test("a resource run jointly keeps every agency, in order")
  func jointProgramme() throws {
    let text = """
      simmap: 1
      jurisdiction: { name: Joint County }
      agencies:
        - { id: police, name: Police, sector: justice }
        - { id: bh, name: Behavioral Health, sector: behavioral-health }
      intercepts:
        1:
          resources:
            - { id: co-responder, name: Co-responders, agencies: [police, bh], also-serves: [0] }
      """
    let result = MapChecker().check(text: text, file: "t.yaml")
    #expect(result.diagnostics.isEmpty)
    let resource = try #require(result.loaded?.map.allResources.first?.resource)
    #expect(resource.agencies == ["police", "bh"])
    #expect(resource.alsoServes == [InterceptNumber(0)].compactMap { $0 })
  }
}
