import Foundation
import GraphvizKit
import Testing

extension GraphvizEngineSuites {
  /// Hazards of 2.42's DOT scanner, which keeps its line counter and input buffer between jobs.
  @Suite struct ParsingTests {
    let engine = GraphvizEngine.shared

    @Test("counts syntax-error lines from the start of each job's DOT text")
    func lineNumbersRestart() throws {
      for _ in 0..<3 {
        _ = try engine.render(dot: TestGraphs.clustered, formats: [.svg])
        let error = try #require(throws: GraphvizError.self) {
          try engine.render(dot: TestGraphs.invalid, formats: [.svg])
        }
        #expect(error.graphvizMessages == ["Error: syntax error in line 2 near ';'"])
      }
    }

    @Test(
      "rejects text after the first graph and keeps it out of the next job",
      arguments: [
        "digraph \"first\" { a -> b }\ndigraph \"second\" { leftover }",
        "digraph \"first\" { a -> b } }",
        "digraph \"first\" { a -> b } digraph \"second\" { leftover -> ",
      ])
    func trailingText(dot: String) throws {
      let error = try #require(throws: GraphvizError.self) {
        try engine.render(dot: dot, formats: [.svg])
      }
      guard case .invalidDOT(let messages) = error else {
        Issue.record("expected invalidDOT, got \(error)")
        return
      }
      #expect(messages.last == "GraphvizKit: the DOT text continues after its first graph")
      let next = try #require(try engine.render(dot: TestGraphs.simple, formats: [.svg])[.svg])
      let svg = String(decoding: next, as: UTF8.self)
      #expect(svg.contains("<title>simple</title>"))
      #expect(!svg.contains("leftover"))
    }

    @Test("rejects DOT text without a graph", arguments: ["", "  \n", "/* only a comment */"])
    func noGraph(dot: String) throws {
      let error = try #require(throws: GraphvizError.self) {
        try engine.render(dot: dot, formats: [.svg])
      }
      #expect(error == .invalidDOT(messages: ["GraphvizKit: the DOT text contains no graph"]))
    }

    @Test("accepts comments and blank lines after the graph")
    func trailingComment() throws {
      let rendering = try engine.render(
        dot: TestGraphs.simple + "\n/* end */\n\n", formats: [.svg])
      #expect(OutputCheck.isSVG(try #require(rendering[.svg])))
    }
  }
}
