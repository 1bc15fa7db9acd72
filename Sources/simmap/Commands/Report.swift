import ArgumentParser
import Foundation
import GraphvizKit
import SIMAnalysis
import SIMModel
import SIMRender
import SIMReport

extension SimmapCommand {
  struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write the workshop report: HTML, Markdown, or CSV tables for spreadsheets.",
      discussion: """
        The map is checked first; a map with errors gets no report. The report follows \
        published SIM mapping reports: title page, planning team, the model, the cross-system \
        map, resources and gaps by intercept, the information-sharing inventory, simmap's \
        analysis, priorities with their votes, the action planning matrix, recommendations and \
        sources. What the map does not record is shown as "not recorded". docs/report.md \
        describes every section.

        Where it goes: without -o, beside the map (riverbend.yaml gives riverbend.report.html, \
        or riverbend.report.md with riverbend.report.map.svg beside it). For html and markdown, \
        -o names the file (or a folder to put it in); -o - writes HTML to standard output. For \
        csv, -o names a folder, created if needed, that gets riverbend.resources.csv, \
        .gaps.csv, .exchanges.csv, .priorities.csv and .actions.csv.

        Examples:
          simmap report riverbend.yaml
          simmap report riverbend.yaml --format markdown -o report/riverbend.md
          simmap report riverbend.yaml --format csv -o tables/ --bom
          simmap report riverbend.yaml --as-of 2026-11-15 --paper a4 -o riverbend.html
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
      case html, markdown, csv
    }

    enum PaperChoice: String, ExpressibleByArgument, CaseIterable {
      case letter, a4
    }

    @Argument(help: "The map file to report on.", completion: .file(extensions: ["yaml", "yml"]))
    var file = "map.yaml"

    @Option(help: "html (one self-contained page), markdown (with the map beside it) or csv.")
    var format: Format = .html

    @Option(name: .shortAndLong, help: "Where to write: a file, a folder, or - (html only).")
    var output: String?

    @Option(
      help: ArgumentHelp(
        "The date the report describes the map as of (default today).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    @Flag(help: "Start each CSV file with a UTF-8 byte-order mark, for spreadsheets.")
    var bom = false

    @Option(help: "The paper the HTML is laid out for when printed: letter or a4.")
    var paper: PaperChoice = .letter

    @Option(help: "The look of the map picture: \(Theme.names.joined(separator: ", ")).")
    var theme: Theme = .default

    @OptionGroup var input: InputOptions

    func validate() throws {
      try Self.validate(asOf: asOf)
      if output == "-" && format != .html {
        throw ValidationError(
          "-o - writes HTML only; Markdown and CSV write files (give a path or a folder)")
      }
      if bom && format != .csv { throw ValidationError("--bom applies to --format csv only") }
    }

    func run() throws {
      let (loaded, analysis) = try Self.load(file, input: input, asOf: asOf)
      var svg: String?
      if format != .csv { svg = try Self.picture(of: loaded.map, theme: theme) }
      let document = WorkshopReportBuilder().document(
        for: loaded, analysis: analysis, mapSVG: svg)
      let reportFormat = ReportFormat(rawValue: format.rawValue) ?? .html
      let renderer = reportFormat.renderer(
        paper: Paper(rawValue: paper.rawValue) ?? .letter, byteOrderMark: bom)
      let stem = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
      let target = Self.target(
        output: output, mapFile: file, defaultName: format == .csv ? stem : stem + ".report",
        isFolder: format == .csv)
      try Self.write(renderer.files(for: document, baseName: target.baseName), to: target)
    }

    /// Where files go: a folder and the base name of the files.
    struct Target {
      var folder: String
      var baseName: String
      /// The main file's exact name when -o names a file.
      var mainName: String?
      var toStandardOutput = false
    }

    /// The folder and base name for `-o`; `isFolder` makes `-o` always a folder.
    static func target(
      output: String?, mapFile: String, defaultName: String, isFolder: Bool
    ) -> Target {
      guard let output else {
        let folder = URL(fileURLWithPath: mapFile).deletingLastPathComponent().relativePath
        return Target(folder: folder, baseName: defaultName)
      }
      if output == "-" { return Target(folder: ".", baseName: defaultName, toStandardOutput: true) }
      var isDirectory: ObjCBool = false
      let exists = FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory)
      if isFolder || output.hasSuffix("/") || (exists && isDirectory.boolValue) {
        return Target(folder: output, baseName: defaultName)
      }
      let url = URL(fileURLWithPath: output)
      let name = url.lastPathComponent
      let base =
        url.pathExtension.isEmpty ? name : String(name.dropLast(url.pathExtension.count + 1))
      return Target(
        folder: url.deletingLastPathComponent().relativePath, baseName: base, mainName: name)
    }
  }
}

extension SimmapCommand.Report {
  /// Refuses an `--as-of` that is not a full date.
  static func validate(asOf: String?) throws {
    if let asOf, SimmapCommand.Analyze.date(asOf) == nil {
      throw ValidationError("--as-of must be a date written as YYYY-MM-DD, such as 2026-11-15")
    }
  }

  /// The `--as-of` date, or today's date where simmap runs.
  static func asOfDate(_ text: String?) -> CalendarDate {
    if let text, let date = SimmapCommand.Analyze.date(text) { return date }
    let today = Calendar.current.dateComponents([.year, .month, .day], from: Date())
    return CalendarDate(year: today.year ?? 2026, month: today.month, day: today.day)
  }

  /// Loads, checks and analyzes the map, printing its problems; throws when it has errors.
  static func load(_ file: String, input: InputOptions, asOf: String?) throws
    -> (LoadedMap, Analysis)
  {
    guard let loaded = input.checkedMap(file, otherwise: "no report written") else {
      throw ExitStatus.mapProblems
    }
    return (loaded, Analyzer().analyze(loaded, asOf: asOfDate(asOf)))
  }

  /// The cross-system map as SVG; exits as `simmap render` does when Graphviz fails.
  static func picture(of map: Map, theme: Theme) throws -> String {
    do {
      return try MapPicture.svg(of: map, theme: theme)
    } catch {
      throw GraphvizFailure.exit(for: error)
    }
  }

  /// Writes each file atomically into the target folder, or the main file to standard output.
  static func write(_ files: [ReportFile], to target: Target) throws {
    if target.toStandardOutput {
      for file in files where file.isMain { FileHandle.standardOutput.write(file.data) }
      return
    }
    for file in files {
      let name = file.isMain ? (target.mainName ?? file.name) : file.name
      let path =
        target.folder == "." || target.folder.isEmpty
        ? name : (target.folder as NSString).appendingPathComponent(name)
      try OutputFile.write(file.data, to: path)
    }
  }
}
