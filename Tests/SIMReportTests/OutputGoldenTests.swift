import Foundation
import SIMAnalysis
import SIMModel
import SIMReport
import SIMTestSupport
import Testing

/// The outputs of analyze, compare, diff and compare --library in every format, against golden
/// files. Re-record with `RECORD_GOLDEN=1` after a deliberate change, and read the diff.
@Suite("golden command outputs")
struct OutputGoldenTests {
  static let formats = OutputHarness.Format.allCases

  static let analysisCases = ["Examples/tutorial.yaml", "Maps/hampden-ma.yaml"].flatMap { map in
    formats.map { (map, $0) }
  }

  @Test("an analysis matches its golden text, Markdown and JSON", arguments: analysisCases)
  func analysis(map: String, format: OutputHarness.Format) throws {
    let text = try OutputHarness.analysis(OutputHarness.analyze(map), as: format)
    assertGolden(
      text, named: "\(ReportHarness.stem(map)).analysis.\(format.fileExtension)",
      in: ReportHarness.golden)
  }

  static let pairs = [
    ("Examples/tutorial.yaml", "Maps/hancock-oh-2017.yaml", "compare-tutorial-hancock"),
    ("Maps/hampden-ma.yaml", "Maps/washington-or-2020.yaml", "compare-hampden-washington"),
  ]

  @Test("a comparison matches its golden text, Markdown and JSON", arguments: pairs)
  func comparison(ours: String, theirs: String, golden: String) throws {
    let comparison = MapComparison(
      ours: try ReportHarness.load(ours), theirs: try ReportHarness.load(theirs))
    for format in Self.formats {
      assertGolden(
        try OutputHarness.comparison(comparison, as: format),
        named: "\(golden).\(format.fileExtension)", in: ReportHarness.golden)
    }
  }

  @Test("the tutorial's follow-up diff matches its golden text, Markdown and JSON")
  func diff() throws {
    let diff = MapDiff(
      old: try ReportHarness.load("Examples/tutorial.yaml"), new: try OutputHarness.followUp())
    for format in Self.formats {
      assertGolden(
        try OutputHarness.diff(diff, as: format),
        named: "diff-tutorial-followup.\(format.fileExtension)", in: ReportHarness.golden)
    }
  }

  @Test("the juvenile fixture's peers in the bundled library match their golden outputs")
  func ranking() throws {
    let ranking = LibraryRanking(
      ours: try ReportHarness.load("Tests/Fixtures/comparison/juvenile-peer.yaml"),
      library: MapLibrary.bundled())
    for format in Self.formats {
      assertGolden(
        try OutputHarness.ranking(ranking, as: format),
        named: "library-juvenile-peer.\(format.fileExtension)", in: ReportHarness.golden)
    }
  }
}
