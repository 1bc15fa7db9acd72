import ArgumentParser
import Foundation
import SIMAnalysis
import SIMModel
import SIMRender
import SIMReport

extension SimmapCommand {
  struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "compare",
      abstract: "Compare a map with another, or find its most similar peers among sample maps.",
      discussion: """
        With two maps, shows them side by side intercept by intercept: core and other practices, \
        resources, information sharing by status, gaps and core-practice scores; what each has \
        that the other lacks; and a similarity score with the parts it is made of. Their map \
        can be a file or a bundled sample map's name (simmap compare map.yaml hancock-oh-2017).

        With --library, ranks the bundled sample maps (or the maps in the folder given after \
        ours) by similarity to ours, and lists what the most similar peers have that ours \
        lacks, each with the source the peer's map cites.

        Similarity = Σ (weight × score) ÷ Σ weight over the parts both maps record: continuum \
        (0.4), jurisdiction kind (0.1), population band (0.1) and practice profile (0.4, the \
        practices running on both ÷ those running on either). docs/comparison.md explains it.

        Examples:
          simmap compare map.yaml Maps/hancock-oh-2017.yaml
          simmap compare map.yaml lucas-oh-2014 --format markdown > comparison.md
          simmap compare map.yaml hancock-oh-2017 --view -o comparison.svg
          simmap compare map.yaml --library
          simmap compare map.yaml --library peers/ --peers 5
        """)

    enum Format: String, CaseInsensitiveChoice {
      case text, markdown, json
    }

    @Argument(
      help: ArgumentHelp(
        "Our map, then theirs; with --library, our map and optionally a folder of maps.",
        valueName: "map"),
      completion: .file(extensions: ["yaml", "yml"]))
    var maps: [String] = []

    @Flag(help: "Rank peers from the bundled sample maps, or from the folder given after our map.")
    var library = false

    /// How many peers --library learns from when --peers is not given.
    static let defaultPeers = 3

    @Option(
      help:
        "With --library: how many of the most similar peers to learn from (default \(defaultPeers))."
    )
    var peers: Int?

    @Option(help: "How to report: text for people, markdown for documents, json for tools.")
    var format: Format = .text

    @Flag(help: "Also draw the two maps side by side, differences marked.")
    var view = false

    @OptionGroup var output: OutputOptions<PictureFileOutput>

    @OptionGroup var look: PictureOptions

    @OptionGroup var input: InputOptions

    func validate() throws {
      if library {
        guard (1...2).contains(maps.count) else {
          throw ValidationError("with --library, give our map and, if you like, a folder of maps")
        }
        guard !view, output.path == nil else {
          throw ValidationError(
            "--view draws two maps side by side; it cannot be used with --library")
        }
      } else if maps.count != 2 {
        throw ValidationError("give two maps, ours and theirs, or one map with --library")
      }
      if let peers {
        guard library else { throw ValidationError("--peers applies to --library only") }
        guard peers >= 0 else { throw ValidationError("--peers must be 0 or more") }
      }
    }

    func run() throws {
      let reader = ComparisonInput(input: input, verb: "compared")
      if library {
        let (ours, folder) = try oursAndFolder()
        let loaded = try reader.load(ours)
        let ranking = LibraryRanking(
          ours: loaded, library: try reader.library(folder),
          learningFrom: peers ?? Self.defaultPeers)
        FileHandle.standardOutput.write(Data(try rankingReport(ranking).utf8))
        return
      }
      let comparison = MapComparison(
        ours: try reader.load(maps[0]), theirs: try reader.load(maps[1]))
      FileHandle.standardOutput.write(Data(try comparisonReport(comparison).utf8))
      if view || output.path != nil {
        let path =
          output.path ?? MapFileName.stem(maps[0]) + "-vs-" + MapFileName.stem(maps[1]) + ".svg"
        try ComparisonPicture(path: path).write(
          dot: DOTRenderer(theme: look.theme).render(comparison))
      }
    }

    /// Our map and the library folder; the folder may come first if it is the one that exists
    /// as a folder.
    private func oursAndFolder() throws -> (String, String?) {
      guard maps.count == 2 else { return (maps[0], nil) }
      var isFolder: ObjCBool = false
      let firstIsFolder =
        FileManager.default.fileExists(atPath: maps[0], isDirectory: &isFolder)
        && isFolder.boolValue
      return firstIsFolder ? (maps[1], maps[0]) : (maps[0], maps[1])
    }

    private func comparisonReport(_ comparison: MapComparison) throws -> String {
      switch format {
      case .text: DocumentFormat.text.render(ComparisonDocument().document(for: comparison))
      case .markdown:
        DocumentFormat.markdown.render(ComparisonDocument().document(for: comparison))
      case .json: try JSONOutput.text(ComparisonJSON(comparison))
      }
    }

    private func rankingReport(_ ranking: LibraryRanking) throws -> String {
      switch format {
      case .text: DocumentFormat.text.render(RankingDocument().document(for: ranking))
      case .markdown: DocumentFormat.markdown.render(RankingDocument().document(for: ranking))
      case .json: try JSONOutput.text(RankingJSON(ranking))
      }
    }
  }
}
