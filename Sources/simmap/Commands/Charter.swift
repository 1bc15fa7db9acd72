import ArgumentParser
import Foundation
import SIMModel
import SIMReport

extension SimmapCommand {
  struct Charter: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Draft the information-sharing project charter from a map.",
      discussion: """
        Drafts the project charter that Module 1 of the Justice and Health Connect toolkit \
        recommends: mission, objectives, partners and responsibilities, scope by intercept, the \
        exchanges in scope with their legal bases and the agreements still needed, the \
        stakeholder roles with those still missing, and governance. What the map does not say \
        is shown as a "To decide: ..." prompt, never filled in.

        Without -o the charter goes beside the map (riverbend.yaml gives \
        riverbend.charter.html); -o names a file or a folder, or - for standard output.

        Examples:
          simmap charter riverbend.yaml
          simmap charter riverbend.yaml --format markdown -o charter.md
          simmap charter riverbend.yaml -o - > charter.html
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
      case html, markdown
    }

    @Argument(help: "The map file to draft from.", completion: .file(extensions: ["yaml", "yml"]))
    var file = "map.yaml"

    @Option(help: "html (one self-contained page) or markdown.")
    var format: Format = .html

    @Option(
      name: .shortAndLong, help: "Where to write: a file, a folder, or - for standard output.")
    var output: String?

    @Option(
      help: ArgumentHelp(
        "The date the charter describes the map as of (default today).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    @Option(help: "The paper the HTML is laid out for when printed: letter or a4.")
    var paper: Report.PaperChoice = .letter

    @OptionGroup var input: InputOptions

    func validate() throws {
      try Report.validate(asOf: asOf)
    }

    func run() throws {
      let (loaded, analysis) = try Report.load(file, input: input, asOf: asOf)
      let document = CharterBuilder().document(for: loaded, analysis: analysis)
      let reportFormat: ReportFormat = format == .html ? .html : .markdown
      let renderer = reportFormat.renderer(paper: Paper(rawValue: paper.rawValue) ?? .letter)
      let stem = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
      let target = Report.target(
        output: output, mapFile: file, defaultName: stem + ".charter", isFolder: false)
      try Report.write(renderer.files(for: document, baseName: target.baseName), to: target)
    }
  }
}
