import ArgumentParser
import Foundation
import GraphvizKit
import SIMAnalysis
import SIMModel
import SIMRender

extension SimmapCommand {
  struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Draw the cross-system map and the other views of maps.",
      discussion: """
        Each map is checked first; a map with errors is not drawn. By default the map view is \
        written as SVG beside each map file (riverbend.yaml gives riverbend.svg). With several \
        maps or --view all, -o names a folder.

        Views: map (the cross-system map), sharing (agencies and their information exchanges), \
        opportunities (the map with the analysis marked on it), intercept:N (one intercept in \
        detail, N from 0 to 5), all. \
        Themes: default (color), print (black and white safe), projector (large type). \
        The opportunities view draws the same analysis as `simmap analyze` with the same \
        --as-of date.

        Examples:
          simmap render riverbend.yaml
          simmap render riverbend.yaml --format png --theme projector
          simmap render riverbend.yaml --view intercept:2 -o breakout.pdf
          simmap render Maps/*.yaml --view all -o pictures/
          simmap render riverbend.yaml --format dot -o - | less
        """)

    @Argument(help: "The map files to draw.", completion: .file(extensions: ["yaml", "yml"]))
    var files: [String] = ["map.yaml"]

    @Option(help: "Which picture: map, sharing, opportunities, intercept:N (0–5) or all.")
    var view: ViewChoice = .one(.map)

    @Option(
      help: ArgumentHelp(
        "The file format: svg, png, pdf, dot (Graphviz source) or json (Graphviz layout); "
          + "default svg, or what the -o file's name ends in."))
    var format: PictureFormat?

    @OptionGroup var look: PictureOptions

    @OptionGroup var asOf: AsOfOptions

    @OptionGroup var output: OutputOptions<FileOrFolderOutput>

    @Flag(help: "Also show Graphviz's own messages when it fails to draw a picture.")
    var verbose = false

    @OptionGroup var input: InputOptions

    func validate() throws {
      try PictureFormat.checkAgreement(format, output: output.path)
      let plan = try plan()
      if plan.target == .standardOutput && plan.count != 1 {
        throw ValidationError(
          "-o - writes one picture to standard output; choose one map and one view")
      }
      if let clash = plan.collision() {
        throw ValidationError(
          "\(clash.first) and \(clash.second) would both be drawn into \(clash.path); "
            + "give maps with different file names, or draw them one at a time")
      }
    }

    /// The maps given, each once, in order.
    private var uniqueFiles: [String] {
      var seen: Set<String> = []
      return files.filter {
        seen.insert(URL(fileURLWithPath: $0).standardizedFileURL.path).inserted
      }
    }

    /// Where each picture goes; -o names a folder when there are several.
    private func plan() throws -> OutputPlan {
      let files = uniqueFiles
      let count = files.count * view.views.count
      let target = try output.path.map {
        try OutputTarget.parse($0, several: count > 1, what: "\(count) pictures")
      }
      let format = PictureFormat.chosen(format, output: output.path, default: .svg)
      return OutputPlan(files: files, views: view.views, format: format, target: target)
    }

    func run() throws {
      let plan = try plan()
      let renderer = DOTRenderer(theme: look.theme)
      var failed = false
      for file in plan.files {
        guard let loaded = input.checkedMap(file, otherwise: "not drawn") else {
          failed = true
          continue
        }
        // Analyzed once per map, and only when a view draws the analysis.
        let analysis =
          plan.views.contains(where: \.needsAnalysis)
          ? Analyzer().analyze(loaded, asOf: asOf.date) : nil
        for view in view.views {
          let bytes = try picture(
            of: loaded.map, analysis: analysis, view: view, format: plan.format,
            renderer: renderer, file: file)
          if let path = plan.path(for: file, view: view) {
            try OutputFile.write(bytes, to: path)
          } else {
            FileHandle.standardOutput.write(bytes)
          }
        }
      }
      if failed { throw ExitStatus.mapProblems }
    }

    /// The DOT text, or Graphviz's rendering of it.
    private func picture(
      of map: Map, analysis: Analysis?, view: MapView, format: PictureFormat,
      renderer: DOTRenderer, file: String
    ) throws -> Data {
      let dot = renderer.render(map, view: view, analysis: analysis)
      guard let graphvizFormat = format.graphviz else { return Data(dot.utf8) }
      let rendering: Rendering
      do {
        rendering = try GraphvizEngine.shared.render(dot: dot, formats: [graphvizFormat])
      } catch {
        if verbose {
          for message in error.graphvizMessages {
            Terminal.printError("\(file): note: Graphviz: \(Self.shown(message))")
          }
        }
        throw GraphvizFailure.exit(for: error)
      }
      for warning in rendering.warnings {
        let text = warning.hasPrefix("Warning:") ? String(warning.dropFirst(8)) : warning
        Terminal.printError(
          "\(file): warning: Graphviz (\(view) view): "
            + Self.shown(text.trimmingCharacters(in: .whitespaces)))
      }
      guard let data = rendering[graphvizFormat] else {
        throw GraphvizFailure.exit(
          for: .renderFailed(format: graphvizFormat, messages: ["Graphviz wrote nothing"]))
      }
      return data
    }

    /// Graphviz's text with control characters shown as `\u{…}`, so map text quoted in a
    /// message cannot drive the terminal.
    private static func shown(_ text: String) -> String {
      text.unicodeScalars.map { scalar in
        scalar.properties.generalCategory == .control
          ? "\\u{\(String(scalar.value, radix: 16, uppercase: true))}" : String(scalar)
      }.joined()
    }
  }
}
