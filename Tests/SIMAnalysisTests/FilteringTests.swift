import Foundation
import SIMAnalysis
import SIMModel
import SIMTestSupport
import Testing

/// The analysis reports of the tutorial and one sample map, against golden files.
///
/// Re-record with `RECORD_GOLDEN=1` after a deliberate change, and read the diff.
@Suite("golden analysis reports")
struct GoldenReportTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var map: String
    var format: AnalysisFormat

    var golden: String {
      let stem = URL(fileURLWithPath: map).deletingPathExtension().lastPathComponent
      let ext =
        switch format {
        case .text: "txt"
        case .json: "json"
        case .markdown: "md"
        }
      return "\(stem).analysis.\(ext)"
    }

    var testDescription: String { golden }
  }

  static let maps = ["Examples/tutorial.yaml", "Maps/hampden-ma.yaml"]
  static let cases = maps.flatMap { map in
    AnalysisFormat.allCases.map { Case(map: map, format: $0) }
  }

  @Test("the report matches its golden file", arguments: cases)
  func report(_ testCase: Case) throws {
    let analysis = try AnalysisHarness.analyze(
      AnalysisHarness.repositoryText(testCase.map), file: testCase.map)
    let text = testCase.format.reporter.report(analysis)
    assertGolden(text, named: testCase.golden, in: AnalysisHarness.golden)
  }

  @Test("the same map gives the same bytes every time")
  func deterministic() throws {
    let text = try AnalysisHarness.repositoryText("Examples/tutorial.yaml")
    for format in AnalysisFormat.allCases {
      let first = format.reporter.report(try AnalysisHarness.analyze(text))
      let second = format.reporter.report(try AnalysisHarness.analyze(text))
      #expect(first == second)
    }
  }

  @Test("min severity keeps coverage and opportunities but drops lesser findings")
  func filtering() throws {
    let analysis = try AnalysisHarness.analyze(
      AnalysisHarness.repositoryText("Examples/tutorial.yaml"))
    let warnings = analysis.filtered(minimumSeverity: .warning)
    #expect(warnings.findings.allSatisfy { $0.severity >= .warning })
    #expect(warnings.findings.count == analysis.count(.warning) + analysis.count(.error))
    #expect(warnings.opportunities == analysis.opportunities)
    #expect(warnings.coverage == analysis.coverage)
  }
}
