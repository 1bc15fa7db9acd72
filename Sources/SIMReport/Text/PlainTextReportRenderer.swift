import Foundation
import SIMModel

/// Writes a report as plain text for a terminal: headings underlined, paragraphs wrapped at
/// 100 columns, tables as aligned columns. Every text is passed through `TerminalText.escape`,
/// so a map's text cannot move the cursor, change colors or set the window title.
package struct PlainTextReportRenderer: ReportRenderer {
  /// The width paragraphs and tables are wrapped to.
  package var width: Int

  /// Creates a renderer.
  package init(width: Int = 100) {
    self.width = width
  }

  /// `<baseName>.txt`.
  package func files(for document: ReportDocument, baseName: String) -> [ReportFile] {
    [ReportFile(name: baseName + ".txt", data: Data(render(document).utf8), isMain: true)]
  }

  /// The text, ending with a newline.
  package func render(_ document: ReportDocument) -> String {
    var writer = PlainTextWriter(width: width)
    writer.heading(document.title, underline: "=")
    if let subtitle = document.subtitle {
      writer.lines(TextWrap.lines(TerminalText.escape(subtitle), width: width), spaced: false)
    }
    writer.write(document.blocks)
    return writer.text
  }
}
