/// The formats a command prints a document in: plain text for a terminal, or Markdown.
package enum DocumentFormat: String, Sendable, CaseIterable {
  /// Plain text, safe for a terminal.
  case text
  /// GitHub-flavored Markdown.
  case markdown

  /// The document in this format, ending with a newline.
  package func render(_ document: ReportDocument) -> String {
    switch self {
    case .text: PlainTextReportRenderer().render(document)
    case .markdown: MarkdownReportRenderer().render(document, baseName: document.title)
    }
  }
}
