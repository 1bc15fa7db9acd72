import Foundation
import GraphvizKit
import Testing

extension GraphvizEngineSuites {
  @Suite struct ErrorHandlingTests {
    let engine = GraphvizEngine.shared

    @Test("throws invalidDOT for broken DOT, with Graphviz's text kept for logs")
    func invalidDOT() throws {
      let error = try #require(throws: GraphvizError.self) {
        try engine.render(dot: TestGraphs.invalid, formats: [.svg])
      }
      guard case .invalidDOT(let messages) = error else {
        Issue.record("expected invalidDOT, got \(error)")
        return
      }
      #expect(messages == ["Error: syntax error in line 2 near ';'"])
      #expect(error.description.hasPrefix("internal error in simmap"))
      #expect(!error.description.contains("syntax error"))
    }

    @Test("renders normally after a failed job (sticky errors are reset)")
    func recoversAfterInvalidDOT() throws {
      #expect(throws: GraphvizError.self) {
        try engine.render(dot: TestGraphs.invalid, formats: [.svg])
      }
      let rendering = try engine.render(dot: TestGraphs.simple, formats: [.svg])
      #expect(OutputCheck.isSVG(try #require(rendering[.svg])))
      #expect(rendering.warnings.isEmpty)
    }

    @Test("captures Graphviz warnings in the rendering")
    func capturesWarnings() throws {
      let rendering = try engine.render(dot: TestGraphs.unknownPort, formats: [.svg])
      #expect(rendering.warnings == [TestGraphs.unknownPortWarning])
      #expect(OutputCheck.isSVG(try #require(rendering[.svg])))
      let next = try engine.render(dot: TestGraphs.simple, formats: [.svg])
      #expect(next.warnings.isEmpty)
    }

    @Test("describes missing plugins with the fix, not Graphviz's raw text")
    func missingPluginDescriptions() {
      let none = GraphvizError.layoutUnavailable(
        engine: "dot", available: [], messages: ["raw C text"])
      #expect(none.description.contains("sudo dot -c"))
      #expect(none.description.contains("libgraphviz-dev"))
      #expect(!none.description.contains("raw C text"))
      #expect(none.graphvizMessages == ["raw C text"])
      let png = GraphvizError.formatUnavailable(format: .png, available: ["svg"], messages: [])
      #expect(png.description.contains("cannot write PNG"))
      #expect(png.description.contains("sudo dot -c"))
    }
  }
}
