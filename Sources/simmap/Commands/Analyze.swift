import ArgumentParser
import Foundation
import SIMAnalysis
import SIMModel
import SIMReport

extension SimmapCommand {
  struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "analyze",
      abstract: "Find gaps and linkage opportunities by comparing a map with the SIM's practices.",
      discussion: """
        The map is checked first; a map with errors is not analyzed. The report shows how many \
        of the core practices of each intercept the map has running, the linkage opportunities \
        (a justice agency and a health agency serving the same people with no exchange in \
        place), ranked, and every finding with its file:line:column. A map can switch rules \
        off with `analysis: disabled: [rule-id]`; docs/analysis.md describes every rule.

        Exit status: 0 when no finding is an error, 1 when one is (or the map has errors).

        Examples:
          simmap analyze map.yaml
          simmap analyze map.yaml --format markdown > analysis.md
          simmap analyze map.yaml --min-severity warning --as-of 2026-11-15
          simmap analyze map.yaml --format json
        """)

    enum Format: String, CaseInsensitiveChoice {
      case text, json, markdown
    }

    enum MinimumSeverity: String, CaseInsensitiveChoice {
      case note, warning, error
    }

    @Argument(help: "The map file to analyze.", completion: .file(extensions: ["yaml", "yml"]))
    var file = "map.yaml"

    @Option(help: "How to report: text for people, markdown for documents, json for tools.")
    var format: Format = .text

    @Option(help: "Leave out findings less serious than this: note, warning or error.")
    var minSeverity: MinimumSeverity = .note

    @OptionGroup var asOf: AsOfOptions

    @OptionGroup var input: InputOptions

    func run() throws {
      guard let loaded = input.checkedMap(file, otherwise: "not analyzed") else {
        throw ExitStatus.mapProblems
      }
      let analysis = Analyzer().analyze(loaded, asOf: asOfDate)
      let shown = analysis.filtered(minimumSeverity: severity)
      let report =
        switch format {
        case .text: DocumentFormat.text.render(AnalysisDocument().document(for: shown))
        case .markdown: DocumentFormat.markdown.render(AnalysisDocument().document(for: shown))
        case .json: try JSONOutput.text(AnalysisJSON(shown))
        }
      FileHandle.standardOutput.write(Data(report.utf8))
      if analysis.hasErrors { throw ExitStatus.mapProblems }
    }

    private var severity: Severity {
      switch minSeverity {
      case .note: .note
      case .warning: .warning
      case .error: .error
      }
    }

    /// The --as-of date, or today's date where simmap runs.
    private var asOfDate: CalendarDate { asOf.date }
  }
}
