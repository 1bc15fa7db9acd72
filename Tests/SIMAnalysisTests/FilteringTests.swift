import Foundation
import SIMAnalysis
import SIMModel
import Testing

/// `Analysis.filtered(minimumSeverity:)`, behind `simmap analyze --min-severity`.
@Suite("analysis filtering")
struct FilteringTests {
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
