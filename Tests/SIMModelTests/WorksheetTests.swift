import SIMAnalysis
import SIMModel
import Testing

@Suite("worksheet")
struct WorksheetTests {
  @Test("the worksheet validates with no problems", arguments: Continuum.allCases)
  func validates(continuum: Continuum) throws {
    let text = Worksheet(name: "Riverbend County", continuum: continuum).text()
    let result = MapChecker().check(text: text, file: "worksheet.yaml")
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
    let map = try #require(result.loaded?.map)
    #expect(map.continuum == continuum)
    #expect(map.intercepts.count == 6)
  }

  @Test("it lists every intercept with its default decision points", arguments: Continuum.allCases)
  func listsIntercepts(continuum: Continuum) {
    let text = Worksheet(name: "X", continuum: continuum).text()
    for number in InterceptNumber.all {
      #expect(
        text.contains(
          "  \(number.value):  # Intercept \(number.value): \(number.title(for: continuum))"))
      for point in DecisionPoint.defaults(for: number, continuum: continuum) {
        #expect(text.contains("\(point.id) (\(point.name))"))
      }
    }
  }

  @Test("any name survives the round trip through YAML")
  func hostileName() throws {
    let name = "Doña \"Ana\" County: \\ # not a comment\n<script>alert(1)</script> ‏مقاطعة 🗺️"
    let result = MapChecker().check(text: Worksheet(name: name).text(), file: "w.yaml")
    #expect(result.diagnostics.isEmpty)
    #expect(result.loaded?.map.jurisdiction.name == name)
  }
}
