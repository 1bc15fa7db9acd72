import Foundation
import SIMModel
import SIMRender

/// `simmap-bench --stages`: the per-stage profile of `simmap render` on each map, beside the
/// whole processes it adds up to.
///
/// Each round runs, interleaved: `simmap --version` (start-up: loading the program and its
/// libraries, the Swift runtime, argument parsing, exit), this benchmark in a fresh process
/// timing each stage once and cold, `simmap render MAP -o FILE`, and `dot -Tsvg` on the same
/// DOT. Every figure is the median of the rounds, in milliseconds.
struct StageReport {
  var simmap: String
  var dot: String?
  var bench: String
  var repeats: Int
  var folder: String

  func run(path: String) throws {
    guard let loaded = MapLoader().load(path: path).loaded else {
      throw BenchmarkError.unreadable(path)
    }
    let dotFile = (folder as NSString).appendingPathComponent("profile.dot")
    try DOTRenderer().render(loaded.map, view: .map, analysis: nil)
      .write(toFile: dotFile, atomically: true, encoding: .utf8)
    let stageFile = (folder as NSString).appendingPathComponent("stages.txt")
    let rendered = (folder as NSString).appendingPathComponent("render.svg")
    let drawn = (folder as NSString).appendingPathComponent("dot.svg")
    var startUp: [Double] = []
    var render: [Double] = []
    var dotRuns: [Double] = []
    var stages: [StageProfile.Stage: [Double]] = [:]
    for _ in 0..<repeats {
      startUp.append(try spawn([simmap, "--version"]))
      _ = try spawn([bench, "--stage-run", path, "--stage-output", stageFile])
      let text = try String(contentsOfFile: stageFile, encoding: .utf8)
      for (stage, ms) in StageProfile.decode(text) { stages[stage, default: []].append(ms) }
      render.append(try spawn([simmap, "render", path, "-o", rendered]))
      if let dot { dotRuns.append(try spawn([dot, "-Tsvg", dotFile, "-o", drawn])) }
    }
    let renderMedian = Self.median(render)
    func row(_ name: String, _ ms: Double, share: Bool = true) -> String {
      let percent = share ? String(format: "%.0f%%", ms / renderMedian * 100) : ""
      return "| \(name) | \(StageTimes.ms(ms)) | \(percent) |"
    }
    print("#### \(path) (\(loaded.map.allResources.count) resources)")
    print("")
    print("| stage | median ms | of simmap render |")
    print("| --- | ---: | ---: |")
    let startMedian = Self.median(startUp)
    print(row("start-up: `simmap --version`, whole process", startMedian))
    var sum = startMedian
    var libgvc = 0.0
    for stage in StageProfile.Stage.allCases {
      let ms = Self.median(stages[stage] ?? [0])
      print(row(stage.rawValue, ms, share: stage.isRender))
      if stage.isRender { sum += ms }
      if stage == .context || stage == .layout { libgvc += ms }
    }
    print(row("**sum: start-up and the render stages**", sum))
    print(row("**`simmap render MAP -o FILE`, whole process**", renderMedian))
    print(row("not in any stage (exit, page faults, argument checks)", renderMedian - sum))
    print(row("everything but libgvc (render − context − layout)", renderMedian - libgvc))
    if !dotRuns.isEmpty {
      let dotMedian = Self.median(dotRuns)
      print(row("`dot -Tsvg` on the same DOT, whole process", dotMedian))
      print("")
      print(String(format: "simmap render / dot: %.2f×", renderMedian / dotMedian))
    }
    print("")
  }

  private func spawn(_ argv: [String]) throws -> Double {
    guard let ms = SpawnedRun.milliseconds(argv) else {
      throw BenchmarkError.failed("\(argv.joined(separator: " ")) failed")
    }
    return ms
  }

  static func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return 0 }
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }
}
