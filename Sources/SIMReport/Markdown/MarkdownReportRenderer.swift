import Foundation

/// Writes a report as GitHub-flavored Markdown, with the map picture as an SVG file beside it
/// (`riverbend.md` and `riverbend.map.svg`).
package struct MarkdownReportRenderer: ReportRenderer {
  /// Creates a renderer.
  package init() {}

  /// `<baseName>.md`, and the picture of each figure that has one.
  package func files(for document: ReportDocument, baseName: String) -> [ReportFile] {
    var files = [
      ReportFile(
        name: baseName + ".md", data: Data(render(document, baseName: baseName).utf8),
        isMain: true)
    ]
    for figure in Self.figures(in: document.blocks) {
      guard let svg = figure.svg else { continue }
      files.append(
        ReportFile(name: baseName + figure.fileSuffix, data: Data(svg.utf8), isMain: false))
    }
    return files
  }

  /// The Markdown text, ending with a newline; pictures are linked as `<baseName><suffix>`.
  package func render(_ document: ReportDocument, baseName: String) -> String {
    var writer = MarkdownWriter(baseName: baseName)
    writer.paragraph("# " + MarkdownText.escape(document.title))
    if let subtitle = document.subtitle {
      writer.paragraph("*" + MarkdownText.escape(subtitle) + "*")
    }
    writer.write(document.blocks)
    return writer.text
  }

  private static func figures(in blocks: [Block]) -> [ReportFigure] {
    blocks.flatMap { block -> [ReportFigure] in
      switch block {
      case .figure(let figure): [figure]
      case .section(let section): figures(in: section.blocks)
      default: []
      }
    }
  }
}
