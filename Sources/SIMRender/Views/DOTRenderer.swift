import SIMModel

/// Turns a map into DOT text for one view, in one theme.
///
/// Rendering is a pure function of the map, the view and the theme: the same input gives the
/// same bytes, with nothing from the clock, the file system or the tool's version.
public struct DOTRenderer: Sendable {
  /// The look applied to every view.
  public var theme: Theme

  /// A renderer with a theme.
  public init(theme: Theme = .default) {
    self.theme = theme
  }

  /// The DOT text of `view` of `map`.
  public func render(_ map: Map, view: MapView) -> String {
    DOTEncoder().encode(graph(for: map, view: view))
  }

  /// The DOT tree of `view` of `map`.
  func graph(for map: Map, view: MapView) -> DOTGraph {
    switch view {
    case .map: CrossSystemMapView(theme: theme).graph(for: map)
    case .sharing: SharingView(theme: theme).graph(for: map)
    case .opportunities:
      CrossSystemMapView(theme: theme, overlay: MapOverlay(map: map)).graph(for: map)
    case .intercept(let number): InterceptDetailView(theme: theme, number: number).graph(for: map)
    }
  }
}
