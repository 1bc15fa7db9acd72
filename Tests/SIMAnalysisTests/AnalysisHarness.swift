import Foundation
import SIMAnalysis
import SIMModel
import Testing

/// Loads, validates and analyzes map text, failing the test if the map has errors.
enum AnalysisHarness {
  /// A fixed date for every test, so agreement findings do not change with the calendar.
  static let asOf = CalendarDate(year: 2026, month: 11, day: 15)

  /// The map's analysis; `sourceLocation` is where a load failure is reported.
  static func analyze(
    _ text: String, file: String = "test.yaml", asOf: CalendarDate = asOf,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws -> Analysis {
    let loaded = try load(text, file: file, sourceLocation: sourceLocation)
    return Analyzer().analyze(loaded, asOf: asOf)
  }

  /// The loaded map, after checking that it has no errors or warnings.
  static func load(
    _ text: String, file: String = "test.yaml",
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws -> LoadedMap {
    let result = AnalysisValidator().check(text: text, file: file)
    let formatter = DiagnosticFormatter()
    #expect(
      result.diagnostics.isEmpty, "\(result.diagnostics.map(formatter.format))",
      sourceLocation: sourceLocation)
    return try #require(result.loaded, sourceLocation: sourceLocation)
  }

  /// The text of a repository file, such as `Examples/tutorial.yaml`.
  static func repositoryText(_ path: String) throws -> String {
    try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
  }

  /// The repository root, found from this file's path.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
}

extension Analysis {
  /// The findings of one rule.
  func findings(of rule: String) -> [Finding] { findings.filter { $0.rule == rule } }
}
