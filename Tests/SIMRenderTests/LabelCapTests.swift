import Foundation
import SIMModel
import SIMTestSupport
import Testing

@testable import SIMRender

/// Every label is bounded, and no label has an empty `<FONT>` that Graphviz would reject.
struct LabelCapTests {
  @Test("keeps at most 4 combining marks on a character")
  func combiningMarks() {
    let text = "a" + String(repeating: "\u{0301}", count: 1_000) + "b"
    let lines = LabelCap.capped([HTMLLine(HTMLRun(text))])
    let kept = lines.flatMap(\.runs).map(\.text).joined()
    #expect(kept.unicodeScalars.count == 6)
    #expect(kept.hasSuffix("b"))
  }

  @Test("leaves ordinary accents, emoji and right-to-left text alone")
  func ordinaryText() {
    let text = "Café 🚓👩🏽‍⚕️ مرحبا ế"
    #expect(LabelCap.capped([HTMLLine(HTMLRun(text))]) == [HTMLLine(HTMLRun(text))])
  }

  @Test("cuts a label at its character limit with an ellipsis, across lines and runs")
  func characterLimit() {
    let lines = (0..<(LabelCap.characters / 31 + 5)).map { _ in
      HTMLLine([HTMLRun(String(repeating: "x", count: 30)), HTMLRun("y")])
    }
    let capped = LabelCap.capped(lines)
    let text = capped.flatMap(\.runs).map(\.text).joined()
    #expect(text.count == LabelCap.characters)
    #expect(text.hasSuffix("…"))
    #expect(capped.count == LabelCap.characters / 31 + 1)
  }

  @Test("a label of exactly the limit is not cut")
  func exactLimit() {
    let text = String(repeating: "x", count: LabelCap.characters)
    #expect(LabelCap.capped(text) == text)
    #expect(
      LabelCap.capped(text + "y")
        == String(repeating: "x", count: LabelCap.characters - 1) + "…")
  }

  @Test("cuts one text from the map at 500 characters before wrapping it")
  func textLimit() {
    let words = (0..<200).map { "word\($0)" }.joined(separator: " ")
    let lines = TextWrapper.wrap(words, width: 30)
    let text = lines.joined(separator: " ")
    #expect(text.count == LabelCap.textCharacters)
    #expect(text.hasSuffix("…"))
    #expect(text.hasPrefix("word0 word1"))
    let short = "Riverside Crisis Center"
    #expect(TextWrapper.wrap(short, width: 30) == [short])
  }

  @Test("bounds the DOT of a name of 100,000 combining marks")
  func combiningMarksMap() throws {
    let map = try #require(
      MapLoader().load(text: HostileMaps.combiningMarks(100_000), file: "m.yaml").loaded?.map)
    for view in MapView.all {
      let dot = DOTRenderer().render(map, view: view)
      #expect(dot.utf8.count < 200_000, "\(view): \(dot.utf8.count) bytes")
      #expect(!dot.contains(String(repeating: "\u{0301}", count: 5)))
    }
  }

  @Test(
    "never writes an empty FONT, even for a long word after \"Run by:\"", arguments: MapView.all)
  func noEmptyFont(view: MapView) throws {
    let map = try #require(
      MapLoader().load(text: HostileMaps.longWord(length: 300), file: "w.yaml").loaded?.map)
    for theme in Theme.all {
      let dot = DOTRenderer(theme: theme).render(map, view: view)
      #expect(dot.firstMatch(of: try Regex("<FONT[^>]*></FONT>")) == nil, "\(view) \(theme.name)")
      #expect(!dot.contains("<B></B>") && !dot.contains("<I></I>"))
    }
  }

  @Test("an empty run writes no markup at all")
  func emptyRun() {
    var graph = DOTGraph(name: "g")
    let style = HTMLRun.Style(isBold: true, pointSize: 9, color: Theme.Color("#000000"))
    graph.add(
      DOTNode(
        "n",
        [.label: HTMLLabel(lines: [HTMLLine([HTMLRun("Run by:", style), HTMLRun("", style)])])]))
    let dot = DOTEncoder().encode(graph)
    #expect(dot.contains("Run by:</B></FONT>>"))
    #expect(!dot.contains("></FONT></FONT>") && !dot.contains("\"></FONT>"))
  }
}
