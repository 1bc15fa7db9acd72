import ArgumentParser
import Foundation
import SIMAnalysis
import SIMModel
import SIMReport

extension SimmapCommand {
  struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "validate",
      abstract: "Check map files and report every problem with its line and column.",
      discussion: """
        Problems are printed as `file:line:column: error: message [code]`, all of them in one \
        run, including `practice:` ids that are not in the practice catalog (see `simmap \
        practices`). Warnings (such as a misspelled key, which is ignored) do not fail the check \
        unless --strict is given.

        Examples:
          simmap validate map.yaml
          simmap validate --strict Maps/*.yaml
          simmap validate --format json map.yaml > problems.json
        """)

    enum Format: String, CaseInsensitiveChoice {
      case text, json
    }

    @Argument(help: "The map files to check.", completion: .file(extensions: ["yaml", "yml"]))
    var files: [String] = ["map.yaml"]

    @Option(help: "How to report: text for people, json for tools.")
    var format: Format = .text

    @OptionGroup var input: InputOptions

    func run() throws {
      var reports: [DiagnosticsJSON.FileReport] = []
      var texts: [String: String] = [:]
      var summaries: [String] = []
      for file in files {
        let result = input.check(file)
        let diagnostics = input.applyingStrictness(result.diagnostics)
        reports.append(.init(file: file, diagnostics: diagnostics))
        texts[file] = result.text
        summaries.append(
          Self.summary(file: file, map: result.loaded?.map, diagnostics: diagnostics))
      }
      switch format {
      case .json:
        FileHandle.standardOutput.write(Data(try JSONOutput.text(DiagnosticsJSON(reports)).utf8))
      case .text:
        let formatter = DiagnosticFormatter(colored: Terminal.stderrIsColorTerminal) { texts[$0] }
        for report in reports {
          for block in formatter.formatAll(report.diagnostics) { Terminal.printError(block) }
        }
        for summary in summaries { Terminal.printOutput(summary) }
      }
      if reports.contains(where: { $0.diagnostics.hasErrors }) { throw ExitStatus.mapProblems }
    }

    static func summary(file: String, map: Map?, diagnostics: [Diagnostic]) -> String {
      let errors = diagnostics.filter { $0.severity == .error }.count
      let warnings = diagnostics.filter { $0.severity == .warning }.count
      let counts = [count(errors, "error", "errors"), count(warnings, "warning", "warnings")]
        .joined(separator: ", ")
      guard errors == 0, let map else { return "\(file): \(counts)" }
      let contents = [
        count(map.agencies.count, "agency", "agencies"),
        count(map.allResources.count, "resource", "resources"),
        count(map.allGaps.count, "gap", "gaps"),
        count(map.exchanges.count, "exchange", "exchanges"),
      ].joined(separator: ", ")
      return warnings == 0
        ? "\(file): ok (\(contents))" : "\(file): ok with \(counts) (\(contents))"
    }

    private static func count(_ number: Int, _ one: String, _ many: String) -> String {
      "\(number) \(number == 1 ? one : many)"
    }
  }
}
