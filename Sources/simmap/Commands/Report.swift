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
      commandName: "report",
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
        .gaps.csv, .exchanges.csv, .priorities.csv and .actions.csv, written together (all \
        five or none). CSV files start with a UTF-8 byte-order mark, which Excel needs to read \
        accented letters; --no-bom leaves it out for tools that do not expect it.

        Examples:
          simmap report riverbend.yaml
          simmap report riverbend.yaml --format markdown -o report/riverbend.md
          simmap report riverbend.yaml --format csv -o tables/ --no-bom
          simmap report riverbend.yaml --as-of 2026-11-15 --paper a4 -o riverbend.html
        """)

    enum Format: String, FileFormat {
      case html, markdown, csv

      init?(fileExtension: String) {
        switch fileExtension {
        case "html", "htm": self = .html
        case "md", "markdown": self = .markdown
        case "csv": self = .csv
        default: return nil
        }
      }
    }

    @Argument(help: "The map file to report on.", completion: .file(extensions: ["yaml", "yml"]))
    var file = "map.yaml"

    @Option(
      name: .customLong("format"),
      help: ArgumentHelp(
        "html (one self-contained page), markdown (with the map beside it) or csv; "
          + "default html, or what the -o file's name ends in (.md for markdown)."))
    var requestedFormat: Format?

    @OptionGroup var output: OutputOptions<FileOrFolderOutput>

    @OptionGroup var asOf: AsOfOptions

    @Flag(
      inversion: .prefixedNo,
      help: ArgumentHelp(
        "Start each CSV file with a UTF-8 byte-order mark, so Excel reads accents right "
          + "(the default); --no-bom leaves it out."))
    var bom: Bool?

    @OptionGroup var paper: PaperOptions

    @OptionGroup var look: PictureOptions

    @OptionGroup var input: InputOptions

    /// The format to write: --format, or what the -o file's name ends in, or html.
    private var format: Format {
      Format.chosen(requestedFormat, output: output.path, default: .html)
    }

    func validate() throws {
      try Format.checkAgreement(requestedFormat, output: output.path)
      if output.path == "-" && format != .html {
        throw ValidationError(
          "-o - writes HTML only; Markdown and CSV write files (give a path or a folder)")
      }
      if bom != nil && format != .csv {
        throw ValidationError("--bom and --no-bom apply to --format csv only")
      }
      _ = try destination()
    }

    func run() throws {
      let (loaded, analysis) = try input.analyzedMap(
        file, asOf: asOf.date, otherwise: "no report written")
      var svg: String?
      if format != .csv { svg = try GraphvizFailure.mapSVG(of: loaded.map, theme: look.theme) }
      let document = WorkshopReportBuilder().document(
        for: loaded, analysis: analysis, mapSVG: svg)
      let renderer = reportFormat.renderer(paper: paper.value, byteOrderMark: byteOrderMark)
      let destination = try destination()
      try destination.write(renderer.files(for: document, baseName: destination.baseName))
    }

    /// Whether CSV files start with a byte-order mark: yes unless --no-bom, since Excel needs it
    /// to read UTF-8.
    private var byteOrderMark: Bool { bom ?? true }

    /// The format, as SIMReport names it.
    private var reportFormat: ReportFormat {
      switch format {
      case .html: .html
      case .markdown: .markdown
      case .csv: .csv
      }
    }

    /// Where the files go: beside the map by default; for CSV, -o is a folder.
    private func destination() throws -> DocumentDestination {
      let stem = MapFileName.stem(file)
      let target = try output.target(
        otherwise: .beside(file), several: format == .csv, what: "five CSV tables")
      return DocumentDestination(
        target: target, defaultName: format == .csv ? stem : stem + ".report")
    }
  }
}
