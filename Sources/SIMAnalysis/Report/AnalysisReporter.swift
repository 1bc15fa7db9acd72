/// Turns an analysis into text for people or tools; the same analysis always gives the same
/// text.
public protocol AnalysisReporter: Sendable {
  /// The report.
  func report(_ analysis: Analysis) -> String
}

/// The report formats of `simmap analyze --format`.
public enum AnalysisFormat: String, Sendable, CaseIterable {
  /// Plain text for a terminal, with `file:line:column` positions.
  case text
  /// JSON for other tools.
  case json
  /// Markdown for a report or a wiki page.
  case markdown

  /// The reporter for the format.
  public var reporter: any AnalysisReporter {
    switch self {
    case .text: TextAnalysisReport()
    case .json: JSONAnalysisReport()
    case .markdown: MarkdownAnalysisReport()
    }
  }
}
