import CGraphviz
import Foundation

extension GraphvizContext {
  /// Parses `dot` into a root graph that the caller must `agclose`.
  ///
  /// Works around two pieces of state that 2.42's DOT scanner keeps between reads: its line
  /// counter (reset to 1 so messages count lines from the start of `dot`) and its input buffer.
  /// `agread` stops after the first graph, leaving any further text in the buffer, where the
  /// next job would read it. After parsing, the scanner is therefore drained with empty input;
  /// anything found there makes `dot` invalid.
  /// - Throws: ``GraphvizError/invalidDOT(messages:)`` for a syntax error, for text without a
  ///   graph and for text after the first graph.
  func parse(_ dot: String) throws(GraphvizError) -> UnsafeMutablePointer<Agraph_t> {
    agreadline(1)
    let graph = dot.withCString { text in
      DOTReader.read(text, count: strlen(text), discipline: discipline)
    }
    let messagesBeforeDrain = MessageCapture.count
    var trailingGraphs = 0
    while let extra = DOTReader.read(nil, count: 0, discipline: discipline) {
      agclose(extra)
      trailingGraphs += 1
    }
    guard let graph else {
      let messages = MessageCapture.end()
      throw .invalidDOT(messages: messages.isEmpty ? [Self.noGraphMessage] : messages)
    }
    guard trailingGraphs == 0, MessageCapture.count == messagesBeforeDrain else {
      agclose(graph)
      throw .invalidDOT(messages: MessageCapture.end() + [Self.trailingTextMessage])
    }
    return graph
  }

  private static let noGraphMessage = "GraphvizKit: the DOT text contains no graph"
  private static let trailingTextMessage =
    "GraphvizKit: the DOT text continues after its first graph"
}
