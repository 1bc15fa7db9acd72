import SIMAnalysis
import SIMModel
import Testing

@testable import SIMRender

/// The opportunities view marks the analysis where it belongs.
@Suite("opportunities view")
struct OpportunitiesViewTests {
  static let tutorial = Fixture.packageRoot.appendingPathComponent("Examples/tutorial.yaml").path

  @Test("marks each missing core practice and each linkage opportunity in its intercept")
  func marksAnalysis() throws {
    let map = try Fixture.load(path: Self.tutorial)
    let analysis = Analyzer().analyze(
      LoadedMap(map: map, sourceMap: SourceMap(file: "")), asOf: CalendarDate(year: 2000))
    let overlay = MapOverlay(analysis: analysis)
    for intercept in analysis.coverage.intercepts {
      let titles = overlay.notes(at: intercept.number).filter { $0.kind == .missingPractice }
      #expect(titles.map(\.title) == intercept.missing.map(\.name))
    }
    for opportunity in analysis.opportunities {
      let notes = overlay.notes(at: opportunity.intercept).filter { $0.kind == .opportunity }
      #expect(
        notes.contains { $0.title == "\(opportunity.justice.name) ↔ \(opportunity.health.name)" })
    }
    #expect(!analysis.opportunities.isEmpty)
    let dot = DOTRenderer().render(map, view: .opportunities)
    #expect(dot.contains("OPPORTUNITY"))
    #expect(dot.contains("MISSING CORE PRACTICE"))
    #expect(dot.contains("opportunities for change"))
  }

  @Test("the plain map view carries no analysis marks")
  func mapViewIsUnmarked() throws {
    let dot = DOTRenderer().render(try Fixture.load(path: Self.tutorial), view: .map)
    #expect(!dot.contains("OPPORTUNITY"))
    #expect(!dot.contains("MISSING CORE PRACTICE"))
  }

  @Test("an in-place exchange between the pair removes its opportunity from the picture")
  func exchangeClosesOpportunity() throws {
    var map = try Fixture.load(path: Self.tutorial)
    let analysis = Analyzer().analyze(
      LoadedMap(map: map, sourceMap: SourceMap(file: "")), asOf: CalendarDate(year: 2000))
    let first = try #require(analysis.opportunities.first)
    let title = "\(first.justice.name) ↔ \(first.health.name)"
    #expect(MapOverlay(map: map).notes(at: first.intercept).contains { $0.title == title })
    map.exchanges.append(
      Exchange(
        id: "closing-the-loop", intercept: first.intercept, from: first.suggestion.from.id,
        to: first.suggestion.to.id, status: .inPlace))
    #expect(!MapOverlay(map: map).notes(at: first.intercept).contains { $0.title == title })
  }

  @Test("parses and prints as opportunities")
  func viewName() {
    #expect(MapView(parsing: "opportunities") == .opportunities)
    #expect(MapView.opportunities.description == "opportunities")
    #expect(MapView.all.contains(.opportunities))
  }
}
