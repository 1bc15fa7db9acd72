import Foundation
import GraphvizKit
import SIMAnalysis
import SIMModel
import SIMRender
import Yams

/// Where the time of one `simmap render` goes: each stage timed once, cold, in a fresh process,
/// as a single command pays it; the profile takes the median over several processes.
enum StageProfile {
  /// The stages in the order `simmap render` (and `analyze`) meets them.
  enum Stage: String, CaseIterable {
    case read = "read the file"
    case yaml = "YAML parse (Yams, first use)"
    case model = "model (map reading, positions)"
    case catalogs = "catalogs (practices, legal bases)"
    case validation = "validation (map checks, practice ids)"
    case analysis = "analysis (analyze, report only)"
    case dot = "DOT text"
    case context = "Graphviz context (plugins)"
    case layout = "layout + SVG (libgvc)"
    case output = "write the SVG file"

    /// Whether `simmap render` runs the stage.
    var isRender: Bool { self != .analysis }
  }

  /// Runs every stage once on the map at `path` and returns the milliseconds of each.
  static func runOnce(path: String, outputFolder: String) throws -> [Stage: Double] {
    var times: [Stage: Double] = [:]
    var text = ""
    times[.read] = try Milliseconds.of { text = try String(contentsOfFile: path, encoding: .utf8) }
    times[.yaml] = Milliseconds.of { _ = try? Parser(yaml: text, resolver: .basic).singleRoot() }
    var result: LoadResult?
    let load = Milliseconds.of { result = MapLoader().load(text: text, file: path) }
    let warmYAML = Milliseconds.of { _ = try? Parser(yaml: text, resolver: .basic).singleRoot() }
    times[.model] = max(0, load - warmYAML)
    guard let loaded = result?.loaded else { throw BenchmarkError.unreadable(path) }
    times[.catalogs] = Milliseconds.of {
      _ = PracticeCatalog.standard.practices.count + LegalBasisCatalog.standard.entries.count
    }
    times[.validation] = Milliseconds.of {
      _ = MapChecker().checkMeaning(of: loaded)
    }
    var dot = ""
    times[.dot] = Milliseconds.of {
      dot = DOTRenderer().render(loaded.map, view: .map, analysis: nil)
    }
    let engine = GraphvizEngine.shared
    times[.context] = Milliseconds.of { _ = try? engine.render(dot: "digraph {}", formats: []) }
    var svg = Data()
    times[.layout] = Milliseconds.of {
      svg = (try? engine.render(dot: dot, formats: [.svg]))?[.svg] ?? Data()
    }
    guard !svg.isEmpty else { throw BenchmarkError.failed("\(path): Graphviz drew nothing") }
    let svgPath = (outputFolder as NSString).appendingPathComponent("stage-profile.svg")
    times[.output] = Milliseconds.of { _ = try? AtomicFile.write(svg, to: svgPath) }
    times[.analysis] = Milliseconds.of {
      _ = Analyzer().analyze(loaded, asOf: CalendarDate(year: 2026, month: 1, day: 1))
    }
    return times
  }

  /// One line per stage, `stage-name=milliseconds`, for the parent to read.
  static func encode(_ times: [Stage: Double]) -> String {
    Stage.allCases.map { "\($0)=\(times[$0] ?? 0)" }.joined(separator: "\n") + "\n"
  }

  static func decode(_ text: String) -> [Stage: Double] {
    var times: [Stage: Double] = [:]
    for line in text.split(separator: "\n") {
      let parts = line.split(separator: "=", maxSplits: 1)
      guard parts.count == 2, let stage = Stage(String(parts[0])), let ms = Double(parts[1])
      else { continue }
      times[stage] = ms
    }
    return times
  }
}

extension StageProfile.Stage: CustomStringConvertible {
  /// A name without spaces, for the file the child writes.
  var description: String { String(describing: caseName) }

  private var caseName: String {
    switch self {
    case .read: "read"
    case .yaml: "yaml"
    case .model: "model"
    case .catalogs: "catalogs"
    case .validation: "validation"
    case .analysis: "analysis"
    case .dot: "dot"
    case .context: "context"
    case .layout: "layout"
    case .output: "output"
    }
  }

  init?(_ name: String) {
    guard let stage = Self.allCases.first(where: { $0.description == name }) else { return nil }
    self = stage
  }
}
