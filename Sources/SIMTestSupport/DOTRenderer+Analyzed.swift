import SIMAnalysis
import SIMModel
import SIMRender

extension DOTRenderer {
  /// The date the tests analyze maps as of, so no picture depends on today's date.
  package static let testDate = CalendarDate(year: 2026, month: 6, day: 1)

  /// `view` of `map`, analyzing the map once (as of `testDate`) only when the view draws the
  /// analysis, as `simmap render` does.
  package func render(_ map: Map, view: MapView) -> String {
    let analysis =
      view.needsAnalysis
      ? Analyzer().analyze(LoadedMap(map: map, sourceMap: SourceMap(file: "")), asOf: Self.testDate)
      : nil
    return render(map, view: view, analysis: analysis)
  }
}
