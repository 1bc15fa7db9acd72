import SIMAnalysis
import SIMModel

/// Turns a map into DOT text for one view, in one theme.
///
/// Rendering is a pure function of the map, its analysis, the view and the theme: the same
/// input gives the same bytes, with nothing from the clock, the file system or the tool's
/// version. The renderer never analyzes a map itself; the opportunities view draws the analysis
/// the caller ran (the one `simmap analyze` prints for the same map and date).
package struct DOTRenderer: Sendable {
  /// The look applied to every view.
  package var theme: Theme

  /// A renderer with a theme.
  package init(theme: Theme = .default) {
    self.theme = theme
  }

  /// The DOT text of `view` of `map`.
  ///
  /// - Parameters:
  ///   - map: The map to draw.
  ///   - view: The picture.
  ///   - analysis: The analysis of `map`, which the opportunities view marks on it. Only that
  ///     view reads it (`MapView.needsAnalysis`); pass nil for the others.
  /// - Precondition: `analysis` is not nil when `view` is `.opportunities`.
  package func render(_ map: Map, view: MapView, analysis: Analysis?) -> String {
    DOTEncoder().encode(graph(for: map, view: view, analysis: analysis))
  }

  /// The DOT tree of `view` of `map`.
  func graph(for map: Map, view: MapView, analysis: Analysis?) -> DOTGraph {
    switch view {
    case .map: return CrossSystemMapView(theme: theme).graph(for: map)
    case .sharing: return SharingView(theme: theme).graph(for: map)
    case .opportunities:
      guard let analysis else {
        preconditionFailure("the opportunities view draws an analysis; pass the map's analysis")
      }
      return CrossSystemMapView(theme: theme, analysis: analysis).graph(for: map)
    case .intercept(let number):
      return InterceptDetailView(theme: theme, number: number).graph(for: map)
    }
  }
}
