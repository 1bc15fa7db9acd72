import SIMAnalysis
import SIMModel

/// What the opportunities view marks in each intercept: the core practices the map lacks and
/// the linkage opportunities the analysis ranks, from the practice and legal-basis catalogs.
struct MapOverlay: Sendable {
  private var notesByIntercept: [InterceptNumber: [OverlayNote]] = [:]

  /// The notes for `map`, from simmap's own analysis.
  ///
  /// Coverage and linkage do not depend on the date, so the analysis runs with a fixed one and
  /// the picture stays the same from day to day.
  init(map: Map) {
    let loaded = LoadedMap(map: map, sourceMap: SourceMap(file: ""))
    self.init(analysis: Analyzer().analyze(loaded, asOf: CalendarDate(year: 2000)))
  }

  /// The notes of an analysis already run.
  init(analysis: Analysis) {
    for intercept in analysis.coverage.intercepts {
      notesByIntercept[intercept.number, default: []] += intercept.missing.map {
        OverlayNote(kind: .missingPractice, title: $0.name, details: [])
      }
    }
    for opportunity in analysis.opportunities {
      let bases = opportunity.legalBases.map(\.name).joined(separator: "; ")
      var details = [
        "#\(opportunity.rank): \(opportunity.suggestion.title)",
        "\(opportunity.suggestion.from.name) → \(opportunity.suggestion.to.name)",
      ]
      if !bases.isEmpty { details.append("Could rest on: \(bases)") }
      notesByIntercept[opportunity.intercept, default: []].append(
        OverlayNote(
          kind: .opportunity,
          title: "\(opportunity.justice.name) ↔ \(opportunity.health.name)", details: details))
    }
  }

  /// The notes for one intercept: missing practices first, then opportunities by rank.
  func notes(at intercept: InterceptNumber) -> [OverlayNote] {
    notesByIntercept[intercept] ?? []
  }
}
