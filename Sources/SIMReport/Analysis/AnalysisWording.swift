import SIMAnalysis
import SIMModel

/// Wording the analysis, listing, comparison and diff documents share, so every format says
/// things the same way.
enum AnalysisWording {
  /// `3 errors, 12 warnings, 8 notes`.
  static func severities(_ analysis: Analysis) -> String {
    [
      ReportWording.count(analysis.count(.error), "error", "errors"),
      ReportWording.count(analysis.count(.warning), "warning", "warnings"),
      ReportWording.count(analysis.count(.note), "note", "notes"),
    ].joined(separator: ", ")
  }

  /// A location as `file:line:column`, or the file alone.
  static func place(_ location: SourceLocation?, file: String) -> String {
    location.map(\.description) ?? file
  }

  /// A share as a whole percentage, such as `75%`; `n/a` when there is nothing to count.
  static func percent(_ part: Int, of whole: Int) -> String {
    CoverageTable.percent(part, of: whole)
  }

  /// How an opportunity's figure of people reads: `9,800 bookings (Jail bookings, 2025)`.
  static func people(_ figure: LinkageOpportunity.PeopleFigure) -> String {
    let year = figure.year.map { ", \($0)" } ?? ""
    return "\(ReportWording.number(figure.value)) \(figure.unit) (\(figure.name)\(year))"
  }

  /// The heading of a findings group: `Intercept 2: Initial Detention …` or `Whole map`.
  static func group(_ intercept: InterceptNumber?, continuum: Continuum) -> String {
    guard let intercept else { return "Whole map" }
    return ReportWording.intercept(intercept, continuum: continuum)
  }

  /// The findings grouped by intercept in order, whole-map findings last.
  static func groups(_ findings: [Finding]) -> [(InterceptNumber?, [Finding])] {
    let numbers: [InterceptNumber?] = InterceptNumber.all.map { $0 } + [nil]
    return numbers.compactMap { number in
      let group = findings.filter { $0.intercept == number }
      return group.isEmpty ? nil : (number, group)
    }
  }

  /// `3 of 5`.
  static func score(_ coverage: Coverage.Intercept) -> String {
    "\(coverage.present.count) of \(coverage.total)"
  }

  /// `20 of 28 (71%)`.
  static func overall(_ coverage: Coverage) -> String {
    "\(coverage.present) of \(coverage.total) (\(percent(coverage.present, of: coverage.total)))"
  }

  /// How a map has a practice: "yes: Crisis line", "planned: …", "—".
  static func state(_ state: PracticeComparison.State, resources: [String]) -> String {
    let names = resources.isEmpty ? "" : ": " + resources.joined(separator: "; ")
    switch state {
    case .running: return "yes" + names
    case .planned: return "planned" + names
    case .absent: return "—"
    }
  }

  /// A resource with its status when it is not operating: "Drug court (limited)".
  static func resource(_ resource: Resource) -> String {
    resource.status == .operating ? resource.name : "\(resource.name) (\(resource.status.label))"
  }

  /// Exchanges grouped by status: "in place (2): A → B: data; …", or "none".
  static func exchanges(_ side: InterceptSide) -> [String] {
    let lines = Exchange.Status.allCases.compactMap { status -> String? in
      let group = side.exchanges(status)
      guard !group.isEmpty else { return nil }
      return "\(status.label) (\(group.count)): " + group.map(\.description).joined(separator: "; ")
    }
    return lines.isEmpty ? ["none"] : lines
  }

  /// A part of the similarity: its score to two decimals, or "left out".
  static func partScore(_ part: Similarity.Part) -> String {
    part.score.map(Similarity.decimal) ?? "left out"
  }

  /// The file and place that name a map: "Hancock County, OH (Maps/hancock.yaml)".
  static func map(_ summary: MapSummary) -> String {
    "\(summary.place) (\(summary.file))"
  }

  /// The workshop days in ISO form, "2026-03-04 to 2026-03-05", or nil.
  static func dates(_ summary: MapSummary) -> String? {
    guard let first = summary.workshopDates.min(), let last = summary.workshopDates.max() else {
      return nil
    }
    return first == last ? first.description : "\(first) to \(last)"
  }

  /// A source as a link when it has an address, or its title.
  static func source(_ source: SourceReference) -> Inline {
    source.url.map { .link(source.title, url: $0) } ?? .text(source.title)
  }
}
