import Foundation
import SIMAnalysis
import SIMModel
import SIMReport
import SIMTestSupport
import Testing

/// analyze, compare, compare --library, diff and practices of `Tests/Fixtures/hostile-peer.yaml`
/// in every format: no live markup or link, no split table row, no raw terminal control.
@Suite("hostile map text in command outputs")
struct HostileOutputTests {
  static let hostile = "Tests/Fixtures/hostile-peer.yaml"

  /// Every output of every command that takes the hostile map, by name.
  static func outputs(_ format: OutputHarness.Format) throws -> [(String, String)] {
    let hostile = try ReportHarness.load(Self.hostile)
    let tutorial = try ReportHarness.load("Examples/tutorial.yaml")
    let library = MapLibrary(name: "hostile peers", entries: [MapLibrary.Entry(loaded: hostile)])
    return [
      (
        "analyze",
        try OutputHarness.analysis(
          Analyzer().analyze(hostile, asOf: ReportHarness.asOf), as: format)
      ),
      (
        "compare ours",
        try OutputHarness.comparison(MapComparison(ours: hostile, theirs: tutorial), as: format)
      ),
      (
        "compare theirs",
        try OutputHarness.comparison(MapComparison(ours: tutorial, theirs: hostile), as: format)
      ),
      (
        "compare --library",
        try OutputHarness.ranking(LibraryRanking(ours: tutorial, library: library), as: format)
      ),
      ("diff old", try OutputHarness.diff(MapDiff(old: hostile, new: tutorial), as: format)),
      ("diff new", try OutputHarness.diff(MapDiff(old: tutorial, new: hostile), as: format)),
      ("practices", try OutputHarness.listing(PracticeListing(), as: format)),
    ]
  }

  @Test("the fixture carries every attack it is meant to")
  func fixture() throws {
    let text = try String(
      contentsOf: Fixtures.root.appendingPathComponent(Self.hostile), encoding: .utf8)
    for attack in ["javascript:", "<script>", "onerror=", "\\r", "\\e]", "\\e[", "](javascript"] {
      #expect(text.contains(attack), "the fixture lacks \(attack)")
    }
  }

  @Test("Markdown has no live HTML, no javascript: link and no split table row")
  func markdown() throws {
    for (name, markdown) in try Self.outputs(.markdown) {
      #expect(LiveMarkup.firstProblem(inMarkdown: markdown) == nil, "\(name)")
      #expect(
        LiveMarkup.firstControl(inText: markdown) == nil, "\(name): Markdown goes to terminals too")
    }
  }

  @Test("text has no raw ESC, CR or other control character a terminal would act on")
  func text() throws {
    for (name, text) in try Self.outputs(.text) {
      #expect(LiveMarkup.firstControl(inText: text) == nil, "\(name)")
    }
  }

  @Test("the peer's javascript: source is never written as a link, in any format")
  func links() throws {
    for (name, text) in try Self.outputs(.text) {
      #expect(!text.contains("<javascript:"), "\(name) shows the address as a link")
      #expect(!text.contains("<data:"), "\(name) shows the address as a link")
    }
    for (name, markdown) in try Self.outputs(.markdown) {
      #expect(!markdown.contains("](<javascript:"), "\(name)")
    }
    for (name, json) in try Self.outputs(.json) {
      #expect(!json.contains("\"url\" : \"javascript:"), "\(name)")
      #expect(!json.contains("\"url\" : \"data:"), "\(name)")
    }
  }

  @Test("JSON is valid and keeps the hostile text as data")
  func json() throws {
    for (name, json) in try Self.outputs(.json) {
      #expect(
        (try? JSONDecoder().decode(JSONValue.self, from: Data(json.utf8))) != nil, "\(name)")
      #expect(!json.unicodeScalars.contains("\u{1B}"), "\(name) has a raw ESC")
    }
  }
}

/// Any JSON value, to check that output parses.
private enum JSONValue: Decodable {
  case value

  init(from decoder: any Decoder) throws {
    if var array = try? decoder.unkeyedContainer() {
      while !array.isAtEnd { _ = try array.decode(JSONValue.self) }
    } else if let object = try? decoder.container(keyedBy: AnyKey.self) {
      for key in object.allKeys { _ = try object.decode(JSONValue.self, forKey: key) }
    } else {
      let single = try decoder.singleValueContainer()
      if single.decodeNil() { self = .value; return }
      if (try? single.decode(Bool.self)) != nil { self = .value; return }
      if (try? single.decode(Double.self)) != nil { self = .value; return }
      _ = try single.decode(String.self)
    }
    self = .value
  }

  private struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }
}
