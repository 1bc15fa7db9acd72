import Foundation
import GraphvizKit

/// Lays a view out with libgvc and checks that Graphviz accepted it and that the SVG has no
/// live markup.
enum GraphvizOracle {
  static func check(dot: String, view: String) -> [FuzzFinding] {
    let rendering: Rendering
    do {
      rendering = try GraphvizEngine.shared.render(dot: dot, formats: [.svg])
    } catch {
      let messages = error.graphvizMessages.joined(separator: " / ")
      return [.graphvizRejected(view: view, message: messages.isEmpty ? "\(error)" : messages)]
    }
    var findings: [FuzzFinding] = rendering.warnings.filter(isError).map {
      .graphvizRejected(view: view, message: $0)
    }
    if let svg = rendering[.svg],
      let excerpt = MarkupOracle.firstLive(inMarkup: String(decoding: svg, as: UTF8.self))
    {
      findings.append(.liveMarkup(output: "SVG of the \(view) view", excerpt: excerpt))
    }
    return findings
  }

  /// Graphviz's errors (as opposed to its warnings) start with "Error".
  private static func isError(_ message: String) -> Bool {
    message.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("error")
  }
}
