import Foundation
import SIMAnalysis
import SIMModel
import SIMReport
import SIMTestSupport
import Testing

/// The command outputs of analyze, compare, diff and practices in every format, built the way
/// the commands build them.
enum OutputHarness {
  /// The formats a command prints.
  enum Format: String, CaseIterable, Sendable {
    case text, markdown, json

    /// The golden file extension.
    var fileExtension: String {
      switch self {
      case .text: "txt"
      case .markdown: "md"
      case .json: "json"
      }
    }
  }

  /// The text of `document` or `json` in `format`.
  static func render(_ document: ReportDocument, json: some Encodable, as format: Format) throws
    -> String
  {
    switch format {
    case .text: DocumentFormat.text.render(document)
    case .markdown: DocumentFormat.markdown.render(document)
    case .json: try JSONOutput.text(json)
    }
  }

  static func analysis(_ analysis: Analysis, as format: Format) throws -> String {
    try render(AnalysisDocument().document(for: analysis), json: AnalysisJSON(analysis), as: format)
  }

  static func comparison(_ comparison: MapComparison, as format: Format) throws -> String {
    try render(
      ComparisonDocument().document(for: comparison), json: ComparisonJSON(comparison), as: format)
  }

  static func ranking(_ ranking: LibraryRanking, as format: Format) throws -> String {
    try render(RankingDocument().document(for: ranking), json: RankingJSON(ranking), as: format)
  }

  static func diff(_ diff: MapDiff, as format: Format) throws -> String {
    try render(DiffDocument().document(for: diff), json: DiffJSON(diff), as: format)
  }

  static func listing(_ listing: PracticeListing, as format: Format) throws -> String {
    try render(
      PracticeListingDocument().document(for: listing), json: ListingJSON(listing), as: format)
  }

  /// The analysis of a repository map at the harness date.
  static func analyze(_ path: String) throws -> Analysis {
    Analyzer().analyze(try ReportHarness.load(path), asOf: ReportHarness.asOf)
  }

  /// The tutorial's follow-up mapping, loaded and checked.
  static func followUp() throws -> LoadedMap {
    try ReportHarness.load(text: try FollowUpMap.text(), file: "tutorial-followup.yaml")
  }
}
