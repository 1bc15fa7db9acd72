import Foundation
import SIMReport
import SIMTestSupport
import Testing

/// The Markdown report, the CSV tables and the Markdown charter of the examples, against golden
/// files. Re-record with `RECORD_GOLDEN=1` after a deliberate change, and read the diff.
@Suite("golden reports")
struct GoldenReportTests {
  static let maps = [
    "Examples/tutorial.yaml", "Examples/minimal.yaml", "Maps/hancock-oh-2017.yaml",
  ]

  @Test("the Markdown report matches its golden file", arguments: maps)
  func markdown(path: String) throws {
    let stem = ReportHarness.stem(path)
    let text = MarkdownReportRenderer().render(
      try ReportHarness.report(path), baseName: stem + ".report")
    assertGolden(text, named: stem + ".report.md", in: ReportHarness.golden)
  }

  @Test("each CSV table matches its golden file")
  func csv() throws {
    let document = try ReportHarness.report("Examples/tutorial.yaml")
    let files = CSVReportRenderer().files(for: document, baseName: "tutorial")
    #expect(
      files.map(\.name) == [
        "tutorial.resources.csv", "tutorial.gaps.csv", "tutorial.exchanges.csv",
        "tutorial.priorities.csv", "tutorial.actions.csv",
      ])
    for file in files {
      assertGolden(
        String(decoding: file.data, as: UTF8.self), named: file.name, in: ReportHarness.golden)
    }
  }

  @Test("the Markdown charter matches its golden file", arguments: maps)
  func charter(path: String) throws {
    let stem = ReportHarness.stem(path)
    let text = MarkdownReportRenderer().render(
      try ReportHarness.charter(path), baseName: stem + ".charter")
    assertGolden(text, named: stem + ".charter.md", in: ReportHarness.golden)
  }

  @Test("the same map gives the same bytes in every format")
  func deterministic() throws {
    let renderers: [any ReportRenderer] = [
      HTMLReportRenderer(), MarkdownReportRenderer(), CSVReportRenderer(byteOrderMark: true),
    ]
    for renderer in renderers {
      let first = renderer.files(
        for: try ReportHarness.report("Examples/tutorial.yaml"), baseName: "t")
      let second = renderer.files(
        for: try ReportHarness.report("Examples/tutorial.yaml"), baseName: "t")
      #expect(first == second)
    }
  }

  @Test("the Markdown report writes the map picture beside it")
  func pictureBeside() throws {
    let files = MarkdownReportRenderer().files(
      for: try ReportHarness.report("Examples/tutorial.yaml"), baseName: "riverbend")
    #expect(files.map(\.name) == ["riverbend.md", "riverbend.map.svg"])
    #expect(files.map(\.isMain) == [true, false])
    let text = String(decoding: files[0].data, as: UTF8.self)
    #expect(text.contains("](riverbend.map.svg)"))
    #expect(files[1].data == Data(ReportHarness.pictureStub.utf8))
  }
}
