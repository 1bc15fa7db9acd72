import SIMAnalysis
import SIMModel

/// What the opportunities view marks in each intercept, read from the analysis the command ran:
/// the core practices the map lacks and the linkage opportunities the analysis ranks.
///
/// A column shows at most `perIntercept` opportunities, the best ranked, and one note counting
/// the rest, so the picture stays readable and its size bounded however many the map has.
enum OpportunityNotes {
  /// The most opportunities drawn in one intercept.
  static let perIntercept = 6

  /// The notes for one intercept: missing practices first, then the best opportunities by
  /// rank, then how many more the analysis lists there.
  static func notes(in analysis: Analysis, at intercept: InterceptNumber) -> [OverlayNote] {
    let missing =
      analysis.coverage.intercepts.first { $0.number == intercept }?.missing.map {
        OverlayNote(kind: .missingPractice, title: $0.name, details: [])
      } ?? []
    let here = analysis.opportunities.filter { $0.intercept == intercept }
    var notes = missing + here.prefix(perIntercept).map(note)
    if here.count > perIntercept {
      let more = here.count - perIntercept
      notes.append(
        OverlayNote(
          kind: .more, title: "\(more) more \(more == 1 ? "opportunity" : "opportunities") here",
          details: ["ranked lower: see simmap analyze"]))
    }
    return notes
  }

  private static func note(for opportunity: LinkageOpportunity) -> OverlayNote {
    let bases = opportunity.legalBases.map(\.name).joined(separator: "; ")
    var details = [
      "#\(opportunity.rank): \(opportunity.suggestion.title)",
      "\(opportunity.suggestion.from.name) → \(opportunity.suggestion.to.name)",
    ]
    if !bases.isEmpty { details.append("Could rest on: \(bases)") }
    return OverlayNote(
      kind: .opportunity, title: "\(opportunity.justice.name) ↔ \(opportunity.health.name)",
      details: details)
  }
}
