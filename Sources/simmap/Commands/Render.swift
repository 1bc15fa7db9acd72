import ArgumentParser
import Foundation
import GraphvizKit
import SIMAnalysis
import SIMModel
import SIMRender

extension SimmapCommand {
  struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "render",
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

        Several pictures are drawn by Graphviz worker processes, --jobs at a time (default: one \
        per core), and written in the order of the maps and views. A picture Graphviz has not \
        finished within --timeout seconds (default 60) is stopped and reported; a single \
        picture is drawn in process, unless --timeout is given.

        Examples:
          simmap render riverbend.yaml
          simmap render riverbend.yaml --format png --theme projector
          simmap render riverbend.yaml --view intercept:2 -o breakout.pdf
          simmap render Maps/*.yaml --view all -o pictures/ --jobs 2
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

    @Option(help: "How many pictures Graphviz draws at once (default: the number of cores).")
    var jobs: Int?

    @Option(
      help: ArgumentHelp(
        "Stop a picture Graphviz has not finished drawing within this many seconds "
          + "(default 60)."))
    var timeout: Double?

    @OptionGroup var input: InputOptions

    func validate() throws {
      if let jobs, jobs < 1 { throw ValidationError("--jobs needs a number of 1 or more") }
      if let timeout, !(timeout > 0 && timeout <= 86_400) {
        throw ValidationError("--timeout needs a number of seconds above 0 (at most 86400)")
      }
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
      var pictures: [Picture] = []
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
          let dot = renderer.render(loaded.map, view: view, analysis: analysis)
          pictures.append(
            Picture(file: file, view: view, dot: dot, path: plan.path(for: file, view: view)))
        }
      }
      if let graphvizFormat = plan.format.graphviz {
        try draw(pictures, as: graphvizFormat)
      } else {
        for picture in pictures {
          try save(Data(picture.dot.utf8), of: picture)
        }
      }
      if failed { throw ExitStatus.mapProblems }
    }

    /// One picture to draw: a view of a map, and where it goes.
    private struct Picture {
      let file: String
      let view: MapView
      let dot: String
      /// The file to write, or nil for standard output.
      let path: String?
    }

    /// Draws `pictures` with Graphviz and writes them in order; a picture Graphviz fails on is
    /// reported, the others are still drawn, and the first failure's status ends the command.
    private func draw(_ pictures: [Picture], as format: GraphvizFormat) throws {
      let threads = min(jobs ?? ProcessInfo.processInfo.activeProcessorCount, pictures.count)
      let graphviz: any GraphvizRendering
      var pool: GraphvizWorkerPool?
      if pictures.count <= 1 && timeout == nil {
        // One picture: in process, which saves starting a worker.
        graphviz = GraphvizEngine.shared
      } else {
        var configuration = GraphvizWorkerPool.Configuration(workers: max(1, threads))
        configuration.timeout = timeout ?? 60
        let workers = GraphvizWorkerPool(configuration: configuration)
        pool = workers
        graphviz = workers
      }
      defer { pool?.shutdown() }
      let progress = RenderProgress(total: pictures.count)
      defer { progress.clear() }
      var firstFailure: ExitCode?
      try RenderBatch(renderer: graphviz, format: format, threads: threads).run(
        pictures.map(\.dot)
      ) { index, result in
        let picture = pictures[index]
        switch result {
        case .success(let rendering):
          if !rendering.warnings.isEmpty { progress.clear() }
          report(rendering.warnings, of: picture)
          guard let data = rendering[format] else {
            throw GraphvizFailure.exit(
              for: .renderFailed(format: format, messages: ["Graphviz wrote nothing"]))
          }
          try save(data, of: picture)
        case .failure(let error):
          progress.clear()
          if verbose {
            for message in error.graphvizMessages {
              Terminal.printError("\(picture.file): note: Graphviz: \(Self.shown(message))")
            }
          }
          let status = GraphvizFailure.exit(for: error)
          if pictures.count > 1 {
            Terminal.printError(
              "\(picture.file): note: the \(picture.view) view was not drawn")
          }
          firstFailure = firstFailure ?? status
        }
        progress.show(
          done: index + 1, current: Self.shown("\(picture.file) (\(picture.view) view)"))
      }
      if let firstFailure { throw firstFailure }
    }

    private func save(_ bytes: Data, of picture: Picture) throws {
      if let path = picture.path {
        try OutputFile.write(bytes, to: path)
      } else {
        FileHandle.standardOutput.write(bytes)
      }
    }

    private func report(_ warnings: [String], of picture: Picture) {
      for warning in warnings {
        let text = warning.hasPrefix("Warning:") ? String(warning.dropFirst(8)) : warning
        Terminal.printError(
          "\(picture.file): warning: Graphviz (\(picture.view) view): "
            + Self.shown(text.trimmingCharacters(in: .whitespaces)))
      }
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
