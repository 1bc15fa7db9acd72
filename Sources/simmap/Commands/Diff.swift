import ArgumentParser
import Foundation
import SIMAnalysis
import SIMModel
import SIMRender
import SIMReport

extension SimmapCommand {
  struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "diff",
      abstract: "Show one jurisdiction's progress between two mappings.",
      discussion: """
        Lists resources added, ended (status ended, or no longer on the map), renamed, moved or \
        changed in status; gaps closed and opened; information exchanges whose status changed \
        (such as gap or planned → in place), added or removed; and each priority's action \
        steps done, with those done since the old map.

        Items are paired by id first, then by practice and name, so a renamed resource is not \
        counted as one ended and one added; docs/comparison.md gives the rules.

        Examples:
          simmap diff map-2025.yaml map-2026.yaml
          simmap diff map-2025.yaml map-2026.yaml --format markdown > progress.md
          simmap diff map-2025.yaml map-2026.yaml --view -o progress.svg
        """)

    enum Format: String, CaseInsensitiveChoice {
      case text, markdown, json
    }

    @Argument(help: "The earlier map.", completion: .file(extensions: ["yaml", "yml"]))
    var old: String

    @Argument(help: "The later map.", completion: .file(extensions: ["yaml", "yml"]))
    var new: String

    @Option(help: "How to report: text for people, markdown for documents, json for tools.")
    var format: Format = .text

    @Flag(help: "Also draw a progress picture: what changed at each intercept.")
    var view = false

    @OptionGroup var output: OutputOptions<PictureFileOutput>

    @OptionGroup var look: PictureOptions

    @OptionGroup var input: InputOptions

    func run() throws {
      let reader = ComparisonInput(input: input, verb: "compared")
      let diff = MapDiff(
        old: try reader.load(old), new: try reader.load(new))
      let report =
        switch format {
        case .text: DocumentFormat.text.render(DiffDocument().document(for: diff))
        case .markdown: DocumentFormat.markdown.render(DiffDocument().document(for: diff))
        case .json: try JSONOutput.text(DiffJSON(diff))
        }
      FileHandle.standardOutput.write(Data(report.utf8))
      if view || output.path != nil {
        let path = output.path ?? MapFileName.stem(new) + "-progress.svg"
        try ComparisonPicture(path: path).write(
          dot: DOTRenderer(theme: look.theme).render(diff))
      }
    }
  }
}
