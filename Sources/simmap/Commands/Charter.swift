import ArgumentParser
import Foundation
import SIMModel
import SIMReport

extension SimmapCommand {
  struct Charter: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "charter",
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

    enum Format: String, FileFormat {
      case html, markdown

      init?(fileExtension: String) {
        switch fileExtension {
        case "html", "htm": self = .html
        case "md", "markdown": self = .markdown
        default: return nil
        }
      }
    }

    @Argument(help: "The map file to draft from.", completion: .file(extensions: ["yaml", "yml"]))
    var file = "map.yaml"

    @Option(
      name: .customLong("format"),
      help: ArgumentHelp(
        "html (one self-contained page) or markdown; default html, or what the -o file's name "
          + "ends in (.md for markdown)."))
    var requestedFormat: Format?

    @OptionGroup var output: OutputOptions<FileOrFolderOutput>

    @OptionGroup var asOf: AsOfOptions

    @OptionGroup var paper: PaperOptions

    @OptionGroup var input: InputOptions

    /// The format to write: --format, or what the -o file's name ends in, or html.
    private var format: Format {
      Format.chosen(requestedFormat, output: output.path, default: .html)
    }

    func validate() throws {
      try Format.checkAgreement(requestedFormat, output: output.path)
    }

    func run() throws {
      let (loaded, analysis) = try input.analyzedMap(
        file, asOf: asOf.date, otherwise: "no charter written")
      let document = CharterBuilder().document(for: loaded, analysis: analysis)
      let renderer = reportFormat.renderer(paper: paper.value)
      let destination = DocumentDestination(
        target: try output.target(otherwise: .beside(file)),
        defaultName: MapFileName.stem(file) + ".charter")
      try destination.write(renderer.files(for: document, baseName: destination.baseName))
    }

    /// The format, as SIMReport names it.
    private var reportFormat: ReportFormat {
      switch format {
      case .html: .html
      case .markdown: .markdown
      }
    }
  }
}
