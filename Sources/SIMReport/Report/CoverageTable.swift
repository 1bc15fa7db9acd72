import SIMAnalysis
import SIMModel

/// How many of each intercept's core practices the map has running.
struct CoverageTable {
  let context: ReportContext

  func section() -> ReportSection {
    let coverage = context.analysis.coverage
    var rows: [[[Inline]]] = coverage.intercepts.map { intercept in
      let missing = intercept.missing.map(\.name)
      return [
        [.text(context.interceptTitle(intercept.number))],
        [.text("\(intercept.present.count) of \(intercept.total)")],
        [.text(Self.percent(intercept.present.count, of: intercept.total))],
        missing.isEmpty ? [.text("None")] : [.text(missing.joined(separator: "; "))],
      ]
    }
    rows.append([
      [.strong("All intercepts")],
      [.strong("\(coverage.present) of \(coverage.total)")],
      [.strong(Self.percent(coverage.present, of: coverage.total))],
      [.text("")],
    ])
    return ReportSection(
      id: "coverage", title: "Core practices present", level: 3,
      blocks: [
        .paragraph([
          .text(
            "A core practice counts as present when an operating or limited resource on the "
              + "map implements it; planned and ended resources do not count.")
        ]),
        .table(
          ReportTable(
            caption: "Core practices present by intercept",
            columns: [
              .init("Intercept"), .init("Present", isNumeric: true),
              .init("Score", isNumeric: true), .init("Missing core practices"),
            ],
            rows: rows, hasRowHeaders: true)),
      ])
  }

  /// A share as a whole percentage, such as `75%`; `n/a` when there is nothing to count.
  static func percent(_ part: Int, of whole: Int) -> String {
    guard whole > 0 else { return "n/a" }
    return "\(Int((Double(part) * 100 / Double(whole)).rounded()))%"
  }
}
