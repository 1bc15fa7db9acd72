import Foundation
import GraphvizKit
import SIMModel
import SIMRender

/// One map measured stage by stage, warm: every stage repeated in one process.
struct BenchmarkCase {
  var label: String
  var path: String

  func measure(repeats: Int) throws -> StageTimes {
    var times = StageTimes(label: label)
    var loaded: LoadedMap?
    times.load = median(repeats) { loaded = MapLoader().load(path: path).loaded }
    guard let loaded else { throw BenchmarkError.unreadable(path) }
    times.resources = loaded.map.allResources.count
    times.validate = median(repeats) { _ = MeaningChecks.run(loaded) }
    var dot = ""
    times.buildDOT = median(repeats) {
      dot = DOTRenderer().render(loaded.map, view: .map, analysis: nil)
    }
    let engine = GraphvizEngine.shared
    times.layout = median(repeats) { _ = try? engine.render(dot: dot, formats: []) }
    let layoutAndSVG = median(repeats) { _ = try? engine.render(dot: dot, formats: [.svg]) }
    // Layout and SVG come from one call, so the SVG share is a difference of two medians; when
    // layout-only runs happen to be slower, the share is within the noise and is not shown.
    times.render = layoutAndSVG >= times.layout ? layoutAndSVG - times.layout : nil
    times.inProcess = layoutAndSVG
    return times
  }

  /// The median wall-clock time of `repeats` runs of `work`, in milliseconds.
  private func median(_ repeats: Int, _ work: () -> Void) -> Double {
    let samples = (0..<repeats).map { _ in Milliseconds.of(work) }.sorted()
    return samples[samples.count / 2]
  }
}

enum BenchmarkError: Error, CustomStringConvertible {
  case unreadable(String)
  case failed(String)

  var description: String {
    switch self {
    case .unreadable(let path): "\(path): the map does not load"
    case .failed(let what): what
    }
  }
}
