import Foundation
import SIMAnalysis
import SIMModel
import SIMTestSupport
import Testing

/// Comparison and diff reports against golden files. Re-record with `RECORD_GOLDEN=1` after a
/// deliberate change, and read the diff.
@Suite("golden comparison and diff reports")
struct ComparisonGoldenTests {
  static let pairs = [
    ("Examples/tutorial.yaml", "Maps/hancock-oh-2017.yaml", "compare-tutorial-hancock"),
    ("Maps/hampden-ma.yaml", "Maps/washington-or-2020.yaml", "compare-hampden-washington"),
  ]

  @Test("a comparison matches its golden text, Markdown and JSON", arguments: pairs)
  func comparison(ours: String, theirs: String, golden: String) throws {
    let comparison = MapComparison(
      ours: try ComparisonFixtures.map(ours), theirs: try ComparisonFixtures.map(theirs))
    assertGolden(
      TextComparisonReport().report(comparison), named: golden + ".txt",
      in: AnalysisHarness.golden)
    assertGolden(
      MarkdownComparisonReport().report(comparison), named: golden + ".md",
      in: AnalysisHarness.golden)
    assertGolden(
      JSONComparisonReport().report(comparison), named: golden + ".json",
      in: AnalysisHarness.golden)
  }

  @Test("the tutorial's follow-up diff matches its golden text, Markdown and JSON")
  func diff() throws {
    let diff = MapDiff(
      old: try ComparisonFixtures.map("Examples/tutorial.yaml"),
      new: try ComparisonFixtures.followUp())
    assertGolden(
      TextDiffReport().report(diff), named: "diff-tutorial-followup.txt",
      in: AnalysisHarness.golden)
    assertGolden(
      MarkdownDiffReport().report(diff), named: "diff-tutorial-followup.md",
      in: AnalysisHarness.golden)
    assertGolden(
      JSONDiffReport().report(diff), named: "diff-tutorial-followup.json",
      in: AnalysisHarness.golden)
  }

  @Test("the juvenile fixture's peers in the bundled library match their golden text")
  func ranking() throws {
    let ranking = LibraryRanking(
      ours: try ComparisonFixtures.juvenilePeer(), library: MapLibrary.bundled())
    assertGolden(
      TextRankingReport().report(ranking), named: "library-juvenile-peer.txt",
      in: AnalysisHarness.golden)
    assertGolden(
      MarkdownRankingReport().report(ranking), named: "library-juvenile-peer.md",
      in: AnalysisHarness.golden)
  }
}
