import Foundation
import SIMModel
import Testing

@testable import SIMRender

/// Every view and theme of a map whose every text is hostile stays well-formed DOT.
struct HostileMapTests {
  static let cases: [(view: MapView, theme: String)] = Theme.names.flatMap { theme in
    MapView.all.map { ($0, theme) }
  }

  @Test("writes no live markup and leaves no string open", arguments: cases)
  func staysWellFormed(view: MapView, theme: String) throws {
    let dot = DOTRenderer(theme: try #require(Theme.named(theme))).render(
      HostileMap.map, view: view)
    #expect(!dot.contains("<script"))
    #expect(!dot.contains("\"]; node"))
    #expect(!dot.contains("\u{0}"))
    #expect(!dot.contains("\r"))
    #expect(DOTSyntax.unbalancedLines(in: dot) == [])
  }

  @Test("keeps the hostile text, escaped, in the cross-system map")
  func keepsText() {
    let dot = DOTRenderer().render(HostileMap.map, view: .map)
    #expect(dot.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(dot.contains("&quot;&#93;; node [shape=none&#93;;"))
    #expect(dot.contains("&#39;single&#39; &#93;&#93;&gt; end&#93;"))
    #expect(dot.contains("🚓👩🏽‍⚕️"))
    #expect(dot.contains("مرحبا"))
  }

  @Test("keeps the start of the 5 KB name and cuts it at the label limit with an ellipsis")
  func capsLongName() {
    let dot = DOTRenderer().render(HostileMap.map, view: .map)
    #expect(dot.contains("Long0"))
    #expect(dot.contains("Long40"))
    #expect(!dot.contains("Long511"))
    #expect(dot.contains("…"))
  }

  @Test(
    "is accepted by Graphviz dot -Tsvg",
    .enabled(if: GraphvizCheck.isAvailable, "Graphviz dot is not installed at /usr/bin/dot"),
    arguments: MapView.all)
  func acceptedByDot(view: MapView) throws {
    let result = try GraphvizCheck.svg(DOTRenderer().render(HostileMap.map, view: view))
    #expect(result.status == 0, "dot failed: \(result.errors)")
    #expect(result.output.contains("<svg"))
    #expect(!result.output.contains("<script"))
    #expect(!result.errors.contains("Error"))
  }
}
