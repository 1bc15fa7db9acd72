import Foundation
import SIMTestSupport
import Testing

@Suite("simmap analyze and simmap practices")
struct AnalyzeCommandTests {
  /// Writes map text to a fresh temporary file and returns its path.
  static func temporaryMap(_ text: String) throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "simmap-analyze-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let file = folder.appendingPathComponent("map.yaml")
    try Data(text.utf8).write(to: file)
    return file.path
  }

  @Test("the tutorial is analyzed with coverage, ranked opportunities and positioned findings")
  func tutorial() throws {
    let output = try SimmapProcess.run([
      "analyze", "Examples/tutorial.yaml", "--as-of", "2026-11-15",
    ])
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stderr.isEmpty)
    #expect(output.stdout.hasPrefix("Analysis of Riverbend County\n"))
    #expect(output.stdout.contains("Map Examples/tutorial.yaml, adult continuum"))
    #expect(output.stdout.contains("\nOverall "))
    #expect(output.stdout.contains("\n1. Intercept "))
    let finding = /Examples\/tutorial\.yaml:\d+:\d+: warning: .+ \[missing-core-practice\]/
    #expect(output.stdout.contains(finding))
    #expect(output.stdout.contains("Rules switched off by the map: no-measures"))
  }

  @Test("--min-severity warning leaves out notes; json and markdown are complete documents")
  func formats() throws {
    let warnings = try SimmapProcess.run([
      "analyze", "Examples/tutorial.yaml", "--as-of", "2026-11-15", "--min-severity", "warning",
    ])
    #expect(warnings.status == 0)
    #expect(!warnings.stdout.contains(": note: "))
    let json = try SimmapProcess.run([
      "analyze", "--format", "json", "--as-of", "2026-11-15", "Examples/tutorial.yaml",
    ])
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect(root["asOf"] as? String == "2026-11-15")
    #expect((root["opportunities"] as? [Any])?.isEmpty == false)
    #expect(root["errors"] as? Int == 0)
    let markdown = try SimmapProcess.run([
      "analyze", "--format", "markdown", "--as-of", "2026-11-15", "Examples/tutorial.yaml",
    ])
    #expect(markdown.stdout.hasPrefix("# Analysis of Riverbend County\n"))
    #expect(markdown.stdout.contains("## Linkage opportunities"))
  }

  @Test("a finding of error severity makes the exit status 1")
  func errorFinding() throws {
    let path = try Self.temporaryMap(
      """
      simmap: 1
      jurisdiction: {name: Test County}
      agencies:
        - {id: rehab, name: Hope Recovery, sector: behavioral-health, role: sud-treatment, part2-program: true}
        - {id: court, name: County Court, sector: justice, role: court}
      exchanges:
        - {id: progress, intercept: 3, from: rehab, to: court, records: substance-use, legal-basis: hipaa-treatment, status: in-place}
      """)
    let output = try SimmapProcess.run(["analyze", path, "--as-of", "2026-11-15"])
    #expect(output.status == 1)
    #expect(output.stdout.contains(": error: the legal basis of exchange \"progress\""))
    #expect(output.stdout.contains("[exchange-legal-basis]"))
  }

  @Test("a map with errors is not analyzed; an unknown practice is such an error")
  func invalidMap() throws {
    let path = try Self.temporaryMap(
      """
      simmap: 1
      jurisdiction: {name: Test County}
      intercepts:
        0: {resources: [{id: line, name: Crisis line, practice: crisis-lines}]}
      """)
    let analyze = try SimmapProcess.run(["analyze", path])
    #expect(analyze.status == 1)
    #expect(analyze.stdout.isEmpty)
    #expect(analyze.stderr.contains("not analyzed; fix the errors above first"))
    let validate = try SimmapProcess.run(["validate", path])
    #expect(validate.status == 1)
    #expect(
      validate.stderr.contains(
        ":4:59: error: unknown practice \"crisis-lines\"; did you mean \"crisis-line\"? "
          + "[unknown-practice]"))
  }

  @Test("a date that is not YYYY-MM-DD is a usage error")
  func badDate() throws {
    let output = try SimmapProcess.run(["analyze", "Examples/tutorial.yaml", "--as-of", "2026-11"])
    #expect(output.status == 64)
    #expect(output.stderr.contains("--as-of must be a date written as YYYY-MM-DD"))
  }

  @Test("simmap practices lists the catalog, filtered by intercept and continuum")
  func practices() throws {
    let output = try SimmapProcess.run(["practices", "--intercept", "2", "--continuum", "adult"])
    #expect(output.status == 0)
    #expect(output.stdout.hasPrefix("Practices\n"))
    #expect(output.stdout.contains("\nIntercept 2: Initial Detention / Initial Court Hearings\n"))
    #expect(output.stdout.contains("\nbooking-screening "))
    #expect(!output.stdout.contains("Intercept 3: "))
    let json = try SimmapProcess.run(["practices", "--format", "json"])
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect((root["practices"] as? [Any])?.count == 73)
    let wrong = try SimmapProcess.run(["practices", "--intercept", "6"])
    #expect(wrong.status == 64)
  }

  @Test("the catalog works from any folder, because it is compiled into the binary")
  func anyFolder() throws {
    let output = try SimmapProcess.run(
      ["practices", "--intercept", "0"], in: FileManager.default.temporaryDirectory)
    #expect(output.status == 0)
    #expect(output.stdout.contains("crisis-line"))
  }
}
