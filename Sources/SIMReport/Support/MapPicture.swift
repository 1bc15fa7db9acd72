import GraphvizKit
import SIMModel
import SIMRender

/// Draws the cross-system map as SVG with Graphviz, for the report.
package enum MapPicture {
  /// The SVG text of the map view of `map`.
  ///
  /// - Throws: `GraphvizError` when Graphviz or its SVG plugin is missing or layout fails.
  package static func svg(of map: Map, theme: Theme = .default) throws(GraphvizError) -> String {
    let dot = DOTRenderer(theme: theme).render(map, view: .map, analysis: nil)
    let rendering = try GraphvizEngine.shared.render(dot: dot, formats: [.svg])
    guard let data = rendering[.svg] else {
      throw .renderFailed(format: .svg, messages: ["no SVG output"])
    }
    return String(decoding: data, as: UTF8.self)
  }
}
