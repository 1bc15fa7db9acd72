import Foundation
import SIMTestSupport
import Testing

@Suite("simmap report and simmap charter")
struct ReportCommandTests {
  let folder: URL

  init() throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("simmap-report-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let tutorial = Fixtures.root.appendingPathComponent("Examples/tutorial.yaml")
    try FileManager.default.copyItem(
      at: tutorial, to: folder.appendingPathComponent("riverbend.yaml"))
  }

  private func text(_ name: String) throws -> String {
    try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
  }

  @Test("by default the HTML report is written beside the map, as of the date given")
  func html() throws {
    let output = try SimmapProcess.run(
      ["report", "riverbend.yaml", "--as-of", "2026-11-15"], in: folder)
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stdout.contains("Wrote riverbend.report.html"))
    let html = try text("riverbend.report.html")
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("<svg"))
    #expect(html.contains("as of 15 November 2026"))
  }

  @Test("Markdown goes to the file -o names, with the map picture beside it")
  func markdown() throws {
    let output = try SimmapProcess.run(
      ["report", "riverbend.yaml", "--format", "markdown", "-o", "out/report.md"], in: folder)
    #expect(output.status == 0, "\(output.stderr)")
    #expect(try text("out/report.md").contains("](report.map.svg)"))
    #expect(try text("out/report.map.svg").contains("<svg"))
  }

  @Test("CSV goes into the folder -o names, one file per table, with --bom")
  func csv() throws {
    let output = try SimmapProcess.run(
      ["report", "riverbend.yaml", "--format", "csv", "-o", "tables", "--bom"], in: folder)
    #expect(output.status == 0, "\(output.stderr)")
    let names = try FileManager.default.contentsOfDirectory(
      atPath: folder.appendingPathComponent("tables").path
    ).sorted()
    #expect(
      names
        == ["actions", "exchanges", "gaps", "priorities", "resources"].map {
          "riverbend.\($0).csv"
        })
    let data = try Data(contentsOf: folder.appendingPathComponent("tables/riverbend.gaps.csv"))
    #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
  }

  @Test("wrong combinations are usage errors")
  func usage() throws {
    for arguments in [
      ["report", "riverbend.yaml", "--format", "markdown", "-o", "-"],
      ["report", "riverbend.yaml", "--bom"],
      ["report", "riverbend.yaml", "--as-of", "15/11/2026"],
    ] {
      let output = try SimmapProcess.run(arguments, in: folder)
      #expect(output.status == 64, "\(arguments)")
    }
  }

  @Test("a map with errors gets no report")
  func brokenMap() throws {
    try "simmap: 1\njurisdiction: {name: X}\nagencies: [{id: a, sector: nowhere}]\n".write(
      to: folder.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)
    let output = try SimmapProcess.run(["report", "broken.yaml"], in: folder)
    #expect(output.status == 1)
    #expect(output.stderr.contains("no report written"))
    #expect(
      !FileManager.default.fileExists(
        atPath: folder.appendingPathComponent("broken.report.html").path))
  }

  @Test("the charter goes to standard output with -o -, as Markdown or HTML")
  func charter() throws {
    let markdown = try SimmapProcess.run(
      ["charter", "riverbend.yaml", "--format", "markdown", "-o", "-", "--as-of", "2026-11-15"],
      in: folder)
    #expect(markdown.status == 0, "\(markdown.stderr)")
    #expect(markdown.stdout.hasPrefix("# Riverbend County: Information-Sharing Project Charter"))
    let html = try SimmapProcess.run(["charter", "riverbend.yaml"], in: folder)
    #expect(html.status == 0)
    #expect(try text("riverbend.charter.html").contains("<h1>"))
  }
}
