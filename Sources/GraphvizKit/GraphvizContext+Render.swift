import CGraphviz
import Foundation

extension GraphvizContext {
  /// Parses `dot`, lays it out once with `dot` and renders every format from that layout.
  ///
  /// Every allocation is released on every path: render buffers with `gvFreeRenderData`, the
  /// layout with `gvFreeLayout` and the graph with `agclose`.
  ///
  /// Graphviz goes on after some errors (a label it cannot read becomes the node's id); any
  /// error message during layout or rendering therefore fails the job with
  /// ``GraphvizError/drawingFailed(problem:messages:)`` rather than return a wrong picture.
  func render(dot: String, formats: [GraphvizFormat]) throws(GraphvizError) -> Rendering {
    let formats = formats.reduce(into: [GraphvizFormat]()) { unique, format in
      if !unique.contains(format) { unique.append(format) }
    }
    try preflight(formats)
    MessageCapture.begin()
    let graph = try parse(dot)
    defer { agclose(graph) }
    let status = gvLayout(gvc, graph, Self.layoutEngine)
    defer { gvFreeLayout(gvc, graph) }
    guard status == 0 else {
      throw .layoutFailed(messages: MessageCapture.end())
    }
    let afterLayout = MessageCapture.peekByLevel()
    if !afterLayout.errors.isEmpty {
      throw .drawingFailed(
        problem: DrawingProblem.plainWords(afterLayout.errors), messages: MessageCapture.end())
    }
    var outputs: [GraphvizFormat: Data] = [:]
    for format in formats {
      var bytes: UnsafeMutablePointer<CChar>?
      var length: UInt32 = 0
      let status = gvRenderData(gvc, graph, format.rawValue, &bytes, &length)
      defer { gvFreeRenderData(bytes) }
      guard status == 0, let bytes else {
        throw .renderFailed(format: format, messages: MessageCapture.end())
      }
      outputs[format] = Data(bytes: bytes, count: Int(length))
    }
    let messages = MessageCapture.endByLevel()
    if !messages.errors.isEmpty {
      throw .drawingFailed(
        problem: DrawingProblem.plainWords(messages.errors), messages: messages.lines)
    }
    return Rendering(outputs: outputs, warnings: messages.warnings)
  }
}
