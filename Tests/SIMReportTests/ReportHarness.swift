import Foundation
import SIMAnalysis
import SIMModel
import SIMReport
import SIMTestSupport
import Testing

/// Loads maps of the repository and builds their reports at a fixed date.
enum ReportHarness {
  /// A fixed date for every test, so the reports do not change with the calendar.
  static let asOf = CalendarDate(year: 2026, month: 11, day: 15)

  /// A stand-in for Graphviz's picture, for tests that do not draw.
  static let pictureStub =
    "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">"
    + "<g id=\"graph0\"><title>map</title></g></svg>"

  /// The folder of this target's golden files.
  static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden")

  /// The map at a repository path, such as `Examples/tutorial.yaml`, checked for errors.
  static func load(_ path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws
    -> LoadedMap
  {
    let text = try String(
      contentsOf: Fixtures.root.appendingPathComponent(path), encoding: .utf8)
    return try load(text: text, file: path, sourceLocation: sourceLocation)
  }

  /// Map text, checked for errors; `file` is the name diagnostics give it.
  static func load(
    text: String, file: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws -> LoadedMap {
    let result = AnalysisValidator().check(text: text, file: file)
    #expect(
      !result.diagnostics.hasErrors, "\(file) has errors: \(result.diagnostics.map(\.message))",
      sourceLocation: sourceLocation)
    return try #require(result.loaded, sourceLocation: sourceLocation)
  }

  /// The diagnostics of the map file at a repository path, as `simmap validate` finds them.
  static func diagnostics(_ path: String) -> [Diagnostic] {
    AnalysisValidator().check(path: Fixtures.root.appendingPathComponent(path).path).diagnostics
  }

  /// The report of a map, with `svg` as its picture.
  static func report(_ path: String, svg: String? = pictureStub) throws -> ReportDocument {
    let loaded = try load(path)
    let analysis = Analyzer().analyze(loaded, asOf: asOf)
    return WorkshopReportBuilder().document(for: loaded, analysis: analysis, mapSVG: svg)
  }

  /// The charter of a map.
  static func charter(_ path: String) throws -> ReportDocument {
    let loaded = try load(path)
    return CharterBuilder().document(for: loaded, analysis: Analyzer().analyze(loaded, asOf: asOf))
  }

  /// The charter of map text.
  static func charter(text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation)
    throws
    -> ReportDocument
  {
    let result = AnalysisValidator().check(text: text, file: "test.yaml")
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
    let loaded = try #require(result.loaded, sourceLocation: sourceLocation)
    return CharterBuilder().document(for: loaded, analysis: Analyzer().analyze(loaded, asOf: asOf))
  }

  /// The file stem of a repository path: `Examples/tutorial.yaml` gives `tutorial`.
  static func stem(_ path: String) -> String {
    URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
  }
}
