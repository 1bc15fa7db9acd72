import Foundation
import SIMAnalysis
import SIMModel
import SIMReport

/// Builds the workshop report and the charter and checks every page a browser could open.
enum ReportOracle {
  static func check(loaded: LoadedMap, analysis: Analysis) -> [FuzzFinding] {
    let svg = try? MapPicture.svg(of: loaded.map)
    let report = WorkshopReportBuilder().document(for: loaded, analysis: analysis, mapSVG: svg)
    let charter = CharterBuilder().document(for: loaded, analysis: analysis)
    var findings: [FuzzFinding] = []
    for (name, document) in [("report", report), ("charter", charter)] {
      for format in [ReportFormat.html, .markdown] {
        for file in format.renderer().files(for: document, baseName: "fuzz") {
          let text = String(decoding: file.data, as: UTF8.self)
          let excerpt =
            file.name.hasSuffix(".md")
            ? MarkupOracle.firstLive(inMarkdown: text) : MarkupOracle.firstLive(inMarkup: text)
          if let excerpt {
            findings.append(.liveMarkup(output: "\(name) \(file.name)", excerpt: excerpt))
          }
        }
      }
    }
    findings += commandOutputs(loaded: loaded, analysis: analysis)
    return findings
  }

  /// The text and Markdown of analyze, compare (the map with itself) and diff: no live markup
  /// in Markdown, no control character a terminal would act on in text.
  private static func commandOutputs(loaded: LoadedMap, analysis: Analysis) -> [FuzzFinding] {
    let documents = [
      ("analyze", AnalysisDocument().document(for: analysis)),
      ("compare", ComparisonDocument().document(for: MapComparison(ours: loaded, theirs: loaded))),
      ("diff", DiffDocument().document(for: MapDiff(old: loaded, new: loaded))),
    ]
    var findings: [FuzzFinding] = []
    for (name, document) in documents {
      let markdown = DocumentFormat.markdown.render(document)
      if let excerpt = MarkupOracle.firstLive(inMarkdown: markdown) {
        findings.append(.liveMarkup(output: "\(name) --format markdown", excerpt: excerpt))
      }
      if let scalar = TerminalOracle.firstControl(in: DocumentFormat.text.render(document)) {
        findings.append(.terminalControl(code: "\(name) text", scalar: scalar))
      }
    }
    return findings
  }
}
