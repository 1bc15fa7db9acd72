import Foundation

/// Writes a report as one self-contained HTML file: styles inline, the map as inline SVG, no
/// scripts and nothing fetched from the network. The markup is also well-formed XML.
package struct HTMLReportRenderer: ReportRenderer {
  /// The paper the print stylesheet lays pages out for.
  package var paper: Paper

  /// Creates a renderer.
  package init(paper: Paper = .letter) {
    self.paper = paper
  }

  /// One file, `<baseName>.html`.
  package func files(for document: ReportDocument, baseName: String) -> [ReportFile] {
    [ReportFile(name: baseName + ".html", data: Data(render(document).utf8), isMain: true)]
  }

  /// The page's HTML, ending with a newline.
  package func render(_ document: ReportDocument) -> String {
    var writer = HTMLWriter()
    writer.line("<!DOCTYPE html>")
    writer.line("<html lang=\"en\" xmlns=\"http://www.w3.org/1999/xhtml\">")
    writer.line("<head>")
    writer.line("<meta charset=\"utf-8\"/>")
    writer.line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
    writer.line("<meta name=\"generator\" content=\"simmap\"/>")
    writer.line("<title>" + HTMLText.escape(document.title) + "</title>")
    writer.line("<style>")
    writer.raw(HTMLStyleSheet.css(paper: paper))
    writer.line("</style>")
    writer.line("</head>")
    writer.line("<body>")
    writer.line("<main>")
    let firstSection = document.blocks.firstIndex {
      if case .section = $0 { return true }
      return false
    }
    let front = document.blocks[..<(firstSection ?? document.blocks.endIndex)]
    let rest = document.blocks[(firstSection ?? document.blocks.endIndex)...]
    writer.line("<header class=\"title-page\">")
    writer.line("<p class=\"kicker\">Sequential Intercept Model</p>")
    writer.line("<h1>" + HTMLText.escape(document.title) + "</h1>")
    if let subtitle = document.subtitle {
      writer.line("<p class=\"subtitle\">" + HTMLText.escape(subtitle) + "</p>")
    }
    writer.write(Array(front))
    writer.line("</header>")
    writer.write(Array(rest))
    writer.line("</main>")
    writer.line("</body>")
    writer.line("</html>")
    return writer.output
  }
}
