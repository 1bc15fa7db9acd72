import Foundation
import GraphvizKit
import Testing

extension GraphvizEngineSuites {
  /// An error Graphviz reports but draws on after (a label it cannot read becomes the node's
  /// id) fails the job; warnings stay warnings.
  @Suite struct DrawingFailureTests {
    let engine = GraphvizEngine.shared

    /// A node whose HTML-like label has an empty FONT element, which 2.42 rejects.
    static let emptyFont = """
      digraph "empty_font" {
        a [label=<<B>Run by:</B><FONT COLOR="#333333"></FONT>>];
      }
      """

    @Test("an unreadable label fails the job with drawingFailed, in plain words")
    func unreadableLabel() throws {
      let error = try #require(throws: GraphvizError.self) {
        try engine.render(dot: Self.emptyFont, formats: [.svg])
      }
      guard case .drawingFailed(let problem, let messages) = error else {
        Issue.record("expected drawingFailed, got \(error)")
        return
      }
      #expect(problem.contains("label of node \"a\""))
      #expect(messages.contains { $0.hasPrefix("Error:") })
      #expect(error.description.hasPrefix("internal error in simmap"))
      #expect(!error.description.contains("syntax error"))
      #expect(!error.description.contains("Error:"))
    }

    @Test("renders normally after a failed drawing")
    func recovers() throws {
      #expect(throws: GraphvizError.self) {
        try engine.render(dot: Self.emptyFont, formats: [.svg])
      }
      let rendering = try engine.render(dot: TestGraphs.simple, formats: [.svg])
      #expect(OutputCheck.isSVG(try #require(rendering[.svg])))
      #expect(rendering.warnings.isEmpty)
    }

    @Test("a warning does not fail the job and is not an error")
    func warningsStayWarnings() throws {
      let rendering = try engine.render(dot: TestGraphs.unknownPort, formats: [.svg])
      #expect(rendering.warnings == [TestGraphs.unknownPortWarning])
    }
  }
}
