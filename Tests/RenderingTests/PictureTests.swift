import Foundation
import GraphvizKit
import SIMModel
import SIMRender
import SIMTestSupport
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Every shipped map, drawn in every view and theme through the in-process Graphviz engine.
@Suite("pictures")
struct PictureTests {
  static let maps: [String] =
    (Fixtures.yamlFiles(in: "Examples") + Fixtures.yamlFiles(in: "Maps")).map(Fixtures.relativePath)
    + ["Tests/Fixtures/hostile.yaml"]

  static func load(_ path: String) throws -> Map {
    let result = MapCheck.run(path: Fixtures.root.appendingPathComponent(path).path)
    return try #require(result.loaded?.map, "\(path) does not load")
  }

  @Test("every view in every theme is well-formed SVG", arguments: maps)
  func everyViewAndTheme(path: String) throws {
    let map = try Self.load(path)
    for theme in Theme.all {
      for view in MapView.all {
        let dot = DOTRenderer(theme: theme).render(map, view: view)
        let svg = try #require(try GraphvizEngine.shared.render(dot: dot, formats: [.svg])[.svg])
        #expect(SVGCheck.isWellFormed(svg), "\(path) \(view) \(theme.name) is not well-formed XML")
        #expect(String(decoding: svg, as: UTF8.self).contains("<svg"))
      }
    }
  }

  @Test("the map view renders to PNG, PDF and Graphviz JSON", arguments: maps)
  func rasterFormats(path: String) throws {
    let map = try Self.load(path)
    let dot = DOTRenderer(theme: .print).render(map, view: .map)
    let rendering = try GraphvizEngine.shared.render(dot: dot, formats: [.png, .pdf, .json])
    let png = try #require(rendering[.png])
    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
    #expect(png.count > 10_000)
    let pdf = try #require(rendering[.pdf])
    #expect(pdf.starts(with: Array("%PDF-".utf8)))
    let json = try #require(rendering[.json])
    #expect(try JSONSerialization.jsonObject(with: json) is [String: Any])
  }

  @Test("a hostile map is drawn as text: no live markup in any view")
  func hostileText() throws {
    let map = try Self.load("Tests/Fixtures/hostile.yaml")
    for view in MapView.all {
      let dot = DOTRenderer().render(map, view: view)
      let svg = try #require(try GraphvizEngine.shared.render(dot: dot, formats: [.svg])[.svg])
      let text = String(decoding: svg, as: UTF8.self)
      #expect(!text.contains("<script"), "\(view) has a live script element")
      #expect(!text.contains("<b>bold</b>"), "\(view) has live markup from the map")
      #expect(!text.contains("pwned\""), "\(view) lets DOT syntax from the map through")
      #expect(SVGCheck.isWellFormed(svg))
    }
    let svg = try GraphvizEngine.shared.render(
      dot: DOTRenderer().render(map, view: .map), formats: [.svg])[.svg]
    #expect(String(decoding: svg ?? Data(), as: UTF8.self).contains("&lt;script&gt;"))
  }
}

/// Checks that SVG bytes parse as XML.
enum SVGCheck {
  static func isWellFormed(_ data: Data) -> Bool {
    let parser = XMLParser(data: data)
    return parser.parse()
  }
}
