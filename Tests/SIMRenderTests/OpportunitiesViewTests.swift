import SIMAnalysis
import SIMModel
import Testing

@testable import SIMRender

/// The opportunities view marks the analysis it is given where it belongs.
@Suite("opportunities view")
struct OpportunitiesViewTests {
  static let tutorial = Fixture.packageRoot.appendingPathComponent("Examples/tutorial.yaml").path

  static func analysis(of map: Map) -> Analysis {
    Analyzer().analyze(
      LoadedMap(map: map, sourceMap: SourceMap(file: "")), asOf: DOTRenderer.testDate)
  }

  @Test("marks each missing core practice and each linkage opportunity in its intercept")
  func marksAnalysis() throws {
    let map = try Fixture.load(path: Self.tutorial)
    let analysis = Self.analysis(of: map)
    for intercept in analysis.coverage.intercepts {
      let notes = OpportunityNotes.notes(in: analysis, at: intercept.number)
      let titles = notes.filter { $0.kind == .missingPractice }.map(\.title)
      #expect(titles == intercept.missing.map(\.name))
    }
    for opportunity in analysis.opportunities {
      let notes = OpportunityNotes.notes(in: analysis, at: opportunity.intercept)
      #expect(
        notes.contains { $0.title == "\(opportunity.justice.name) ↔ \(opportunity.health.name)" })
    }
    #expect(!analysis.opportunities.isEmpty)
    let dot = DOTRenderer().render(map, view: .opportunities, analysis: analysis)
    #expect(dot.contains("OPPORTUNITY"))
    #expect(dot.contains("MISSING CORE PRACTICE"))
    #expect(dot.contains("opportunities for change"))
  }

  @Test("draws the analysis it is given, not one of its own")
  func drawsGivenAnalysis() throws {
    let map = try Fixture.load(path: Self.tutorial)
    var analysis = Self.analysis(of: map)
    #expect(!analysis.opportunities.isEmpty)
    for index in analysis.opportunities.indices {
      analysis.opportunities[index].suggestion.title = "Mark\(index)"
    }
    let dot = DOTRenderer().render(map, view: .opportunities, analysis: analysis)
    let drawn = Dictionary(grouping: analysis.opportunities.indices) {
      analysis.opportunities[$0].intercept
    }.values.flatMap { $0.prefix(OpportunityNotes.perIntercept) }
    #expect(!drawn.isEmpty)
    for index in drawn { #expect(dot.contains("Mark\(index)<")) }
    analysis.opportunities = []
    let bare = DOTRenderer().render(map, view: .opportunities, analysis: analysis)
    #expect(!bare.contains("#1: "))
  }

  @Test("the plain map view carries no analysis marks")
  func mapViewIsUnmarked() throws {
    let map = try Fixture.load(path: Self.tutorial)
    let dot = DOTRenderer().render(map, view: .map, analysis: Self.analysis(of: map))
    #expect(!dot.contains("OPPORTUNITY"))
    #expect(!dot.contains("MISSING CORE PRACTICE"))
  }

  @Test("an in-place exchange between the pair removes its opportunity from the picture")
  func exchangeClosesOpportunity() throws {
    var map = try Fixture.load(path: Self.tutorial)
    let first = try #require(Self.analysis(of: map).opportunities.first)
    let title = "\(first.justice.name) ↔ \(first.health.name)"
    #expect(
      OpportunityNotes.notes(in: Self.analysis(of: map), at: first.intercept).contains {
        $0.title == title
      })
    map.exchanges.append(
      Exchange(
        id: "closing-the-loop", intercept: first.intercept, from: first.suggestion.from.id,
        to: first.suggestion.to.id, status: .inPlace))
    #expect(
      !OpportunityNotes.notes(in: Self.analysis(of: map), at: first.intercept).contains {
        $0.title == title
      })
  }

  @Test("only the opportunities view needs the analysis")
  func needsAnalysis() {
    #expect(MapView.all.filter(\.needsAnalysis) == [.opportunities])
  }

  @Test("parses and prints as opportunities")
  func viewName() {
    #expect(MapView(parsing: "opportunities") == .opportunities)
    #expect(MapView.opportunities.description == "opportunities")
    #expect(MapView.all.contains(.opportunities))
  }
}
