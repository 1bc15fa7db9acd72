import SIMModel
import Testing

@testable import SIMRender

/// The built-in themes: names, pinned font, and a print theme that never relies on colour.
struct ThemeTests {
  @Test("finds the three themes by name")
  func named() {
    #expect(Theme.names == ["default", "print", "projector"])
    for name in Theme.names { #expect(Theme.named(name)?.name == name) }
    #expect(Theme.named("neon") == nil)
  }

  @Test("pins DejaVu Sans on the graph, nodes and edges of every view", arguments: Theme.all)
  func pinnedFont(theme: Theme) throws {
    let map = try Fixture.load("riverbend.yaml")
    for view in MapView.all {
      let dot = DOTRenderer(theme: theme).render(map, view: view)
      for keyword in ["graph", "node", "edge"] {
        let line = dot.split(separator: "\n").first { $0.hasPrefix("  \(keyword) [") }
        #expect(line?.contains(#"fontname="DejaVu Sans""#) == true, "\(keyword) in \(view)")
      }
      #expect(!dot.contains("fontname=") || !dot.contains(#"fontname="Times"#))
    }
  }

  @Test("print tells resource statuses apart by line, corners and words")
  func printResources() {
    let styles = Resource.Status.allCases.map { Theme.print.resources[$0] }
    let looks = Set(styles.map { "\($0.line)|\($0.isRounded)|\($0.marker ?? "")" })
    #expect(looks.count == Resource.Status.allCases.count)
    for status in Resource.Status.allCases where status != .operating {
      #expect(Theme.print.resources[status].marker?.contains(status.rawValue) == true)
    }
  }

  @Test("print tells exchange statuses apart by line and words")
  func printExchanges() {
    let styles = Exchange.Status.allCases.map { Theme.print.exchanges[$0] }
    #expect(Set(styles.map(\.line)).count == Exchange.Status.allCases.count)
    #expect(Set(styles.compactMap(\.marker)).count == Exchange.Status.allCases.count)
  }

  @Test("print uses only greys")
  func printIsGrey() throws {
    let dot = DOTRenderer(theme: .print).render(try Fixture.load("riverbend.yaml"), view: .map)
    var colours: Set<String> = []
    var rest = dot[...]
    while let hash = rest.firstIndex(of: "#") {
      let hex = rest[rest.index(after: hash)...].prefix(6)
      if hex.count == 6, hex.allSatisfy(\.isHexDigit) { colours.insert(String(hex)) }
      rest = rest[rest.index(after: hash)...]
    }
    #expect(!colours.isEmpty)
    for colour in colours {
      let channels = [colour.prefix(2), colour.dropFirst(2).prefix(2), colour.suffix(2)]
      #expect(Set(channels).count == 1, "\(colour) is not grey")
    }
  }

  @Test("projector type is larger than the default")
  func projectorIsLarger() {
    #expect(Theme.projector.fonts.body > Theme.default.fonts.body)
    #expect(Theme.projector.fonts.detail > Theme.default.fonts.detail)
  }
}
