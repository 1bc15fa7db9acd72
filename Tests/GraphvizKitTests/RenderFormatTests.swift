import Foundation
import GraphvizKit
import Testing

extension GraphvizEngineSuites {
  @Suite struct RenderFormatTests {
    let engine = GraphvizEngine.shared

    @Test("renders SVG that parses as XML")
    func svg() throws {
      let rendering = try engine.render(dot: TestGraphs.clustered, formats: [.svg])
      let svg = try #require(rendering[.svg])
      #expect(OutputCheck.isSVG(svg))
    }

    @Test("renders PNG with the PNG signature")
    func png() throws {
      let png = try #require(try engine.render(dot: TestGraphs.simple, formats: [.png])[.png])
      #expect(OutputCheck.isPNG(png))
    }

    @Test("renders PDF starting with %PDF-")
    func pdf() throws {
      let pdf = try #require(try engine.render(dot: TestGraphs.simple, formats: [.pdf])[.pdf])
      #expect(OutputCheck.isPDF(pdf))
    }

    @Test("renders Graphviz JSON that parses")
    func json() throws {
      let json = try #require(try engine.render(dot: TestGraphs.clustered, formats: [.json])[.json])
      #expect(OutputCheck.isJSONObject(json))
      let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
      #expect(object["name"] as? String == "clustered")
    }

    @Test("renders every format from one call")
    func allFormatsFromOneLayout() throws {
      let rendering = try engine.render(dot: TestGraphs.clustered, formats: GraphvizFormat.allCases)
      #expect(Set(rendering.outputs.keys) == Set(GraphvizFormat.allCases))
      #expect(OutputCheck.isSVG(try #require(rendering[.svg])))
      #expect(OutputCheck.isPNG(try #require(rendering[.png])))
      #expect(OutputCheck.isPDF(try #require(rendering[.pdf])))
      #expect(OutputCheck.isJSONObject(try #require(rendering[.json])))
    }

    @Test("renders a repeated format once and an empty list as layout only")
    func repeatedAndEmptyFormats() throws {
      let repeated = try engine.render(dot: TestGraphs.simple, formats: [.svg, .svg])
      #expect(Array(repeated.outputs.keys) == [.svg])
      let layoutOnly = try engine.render(dot: TestGraphs.simple, formats: [])
      #expect(layoutOnly.outputs.isEmpty)
      #expect(layoutOnly.warnings.isEmpty)
    }

    @Test("renders a graph to the same SVG after another job: no state carried between jobs")
    func deterministicSVG() throws {
      let first = try engine.render(dot: TestGraphs.fiftyNodes, formats: [.svg])
      _ = try engine.render(dot: TestGraphs.clustered, formats: [.svg, .png])
      let second = try engine.render(dot: TestGraphs.fiftyNodes, formats: [.svg])
      let firstSVG = try #require(first[.svg])
      #expect(firstSVG.count > 1000)
      #expect(firstSVG == second[.svg])
    }
  }
}
