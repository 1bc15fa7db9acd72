/// The formats `simmap report` writes.
package enum ReportFormat: String, Sendable, CaseIterable {
  /// One self-contained HTML page.
  case html
  /// Markdown, with the map as an SVG file beside it.
  case markdown
  /// One CSV file per table: resources, gaps, exchanges, priorities and actions.
  case csv

  /// The renderer of the format.
  package func renderer(paper: Paper = .letter, byteOrderMark: Bool = false) -> any ReportRenderer {
    switch self {
    case .html: HTMLReportRenderer(paper: paper)
    case .markdown: MarkdownReportRenderer()
    case .csv: CSVReportRenderer(byteOrderMark: byteOrderMark)
    }
  }

  /// The extension of the main file: `html`, `md` or `csv`.
  package var fileExtension: String {
    switch self {
    case .html: "html"
    case .markdown: "md"
    case .csv: "csv"
    }
  }
}
