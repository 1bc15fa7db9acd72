import Foundation
import GraphvizKit
import SIMAnalysis
import SIMModel
import SIMRender
import SIMReport

/// One input through everything simmap does with a map, with the checks that must hold for
/// every input: no crash (the sanitizers and Swift's own traps catch those), no live markup in
/// what a browser opens, no DOT that Graphviz rejects, no terminal control codes in
/// diagnostics, and output in proportion to the input.
struct FuzzPipeline {
  /// 1 in `renderEvery` inputs also goes through Graphviz and the report (1: all of them).
  var renderEvery: Int

  /// The fixed date the analysis runs as of, so a replay gives the same findings.
  static let asOf = CalendarDate(year: 2026, month: 11, day: 15)

  /// The most DOT text a view may have per byte of map, plus a fixed allowance: a picture
  /// grows with the map, never by orders of magnitude more.
  static let dotBytesPerInputByte = 32
  static let dotAllowance = 256 * 1024

  /// What went wrong for this input; empty when nothing did.
  func run(_ data: Data) -> [FuzzFinding] {
    guard let text = String(data: data, encoding: .utf8) else { return [] }
    var findings: [FuzzFinding] = []
    let result = MapChecker().check(text: text, file: "fuzz.yaml")
    let formatter = DiagnosticFormatter(sourceText: { _ in text })
    for diagnostic in result.diagnostics {
      let printed = formatter.format(diagnostic)
      if let scalar = TerminalOracle.firstControl(in: printed) {
        findings.append(.terminalControl(code: diagnostic.code.rawValue, scalar: scalar))
      }
    }
    guard let loaded = result.loaded, !result.diagnostics.contains(where: { $0.severity == .error })
    else { return findings }
    let analysis = Analyzer().analyze(loaded, asOf: Self.asOf)
    let deep = renderEvery <= 1 || Self.hash(data) % UInt64(renderEvery) == 0
    // Themes change only styling (ThemePropertyTests), so every input is drawn in the default
    // theme and the sampled ones in every theme.
    for view in MapView.all {
      for theme in deep ? Theme.all : [.default] {
        let dot = DOTRenderer(theme: theme).render(loaded.map, view: view, analysis: analysis)
        let limit = Self.dotAllowance + Self.dotBytesPerInputByte * data.count
        if dot.utf8.count > limit {
          findings.append(
            .outputTooLarge(view: "\(view)", bytes: dot.utf8.count, input: data.count))
        } else if deep && theme == .default {
          findings += GraphvizOracle.check(dot: dot, view: "\(view)")
        }
      }
    }
    if deep { findings += ReportOracle.check(loaded: loaded, analysis: analysis) }
    return findings
  }

  /// FNV-1a of the bytes: the same input is always sampled the same way.
  static func hash(_ data: Data) -> UInt64 {
    data.reduce(14_695_981_039_346_656_037) { ($0 ^ UInt64($1)) &* 1_099_511_628_211 }
  }
}
