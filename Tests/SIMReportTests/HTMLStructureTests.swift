import Foundation
import GraphvizKit
import SIMReport
import Testing

/// The HTML report parsed as XML and checked as a reader with assistive technology, a printer
/// and an offline laptop would need it.
@Suite("HTML structure")
struct HTMLStructureTests {
  static let maps = [
    "Examples/tutorial.yaml", "Maps/hancock-oh-2017.yaml", "Examples/minimal.yaml",
  ]

  /// The report of `path` with Graphviz's real picture, parsed.
  static func page(_ path: String) throws -> (html: String, root: HTMLElement) {
    let loaded = try ReportHarness.load(path)
    let svg = try MapPicture.svg(of: loaded.map)
    let html = HTMLReportRenderer().render(try ReportHarness.report(path, svg: svg))
    let root = try #require(HTMLTree.parse(html), "\(path): the page is not well-formed")
    return (html, root)
  }

  @Test("one h1, and heading levels never skip", arguments: maps)
  func headings(path: String) throws {
    let elements = try Self.page(path).root.all
    let levels = elements.compactMap { element -> Int? in
      guard element.name.count == 2, element.name.hasPrefix("h") else { return nil }
      return Int(element.name.dropFirst())
    }
    #expect(levels.filter { $0 == 1 }.count == 1)
    #expect(levels.first == 1)
    for (previous, next) in zip(levels, levels.dropFirst()) {
      #expect(next <= previous + 1, "\(path): h\(previous) is followed by h\(next)")
    }
  }

  @Test("every table has a caption and column headers with scope", arguments: maps)
  func tables(path: String) throws {
    let elements = try Self.page(path).root.all
    let tables = elements.filter { $0.name == "table" }
    #expect(!tables.isEmpty)
    for table in tables {
      let cells = table.all
      #expect(cells.contains { $0.name == "caption" })
      #expect(cells.contains { $0.name == "th" && $0.attributes["scope"] == "col" })
      #expect(cells.filter { $0.name == "th" }.allSatisfy { $0.attributes["scope"] != nil })
    }
  }

  @Test("the map is an inline SVG picture with a text alternative", arguments: maps)
  func picture(path: String) throws {
    let elements = try Self.page(path).root.all
    let svgs = elements.filter { $0.name == "svg" }
    #expect(svgs.count == 1)
    let svg = try #require(svgs.first)
    #expect(svg.isInside("figure"))
    #expect(svg.attributes["role"] == "img")
    #expect((svg.attributes["aria-label"] ?? "").hasPrefix("Cross-system map of"))
    #expect(svg.attributes["width"] == nil)
    let ids = elements.compactMap { $0.attributes["id"] }
    #expect(Set(ids).count == ids.count, "ids are not unique")
    #expect(
      svg.all.compactMap { $0.attributes["id"] }.allSatisfy { $0.hasPrefix("cross-system-map-") })
  }

  @Test("nothing runs and nothing is fetched", arguments: maps)
  func selfContained(path: String) throws {
    let (html, root) = try Self.page(path)
    let elements = root.all
    #expect(!html.lowercased().contains("<script"))
    #expect(!elements.contains { ["script", "link", "img", "iframe", "object"].contains($0.name) })
    #expect(elements.filter { $0.name == "style" }.count == 1)
    for element in elements {
      for (name, value) in element.attributes {
        #expect(!name.lowercased().hasPrefix("on"), "\(element.name) has \(name)")
        #expect(name != "src", "\(element.name) loads \(value)")
        if name.hasSuffix("href") && element.name != "a" {
          #expect(value.hasPrefix("#"), "\(element.name) links to \(value)")
        }
      }
    }
    #expect(!html.contains("@import"))
    #expect(!html.contains("url(http"))
  }

  @Test("the page declares its language, character set and viewport; links land", arguments: maps)
  func page(path: String) throws {
    let elements = try Self.page(path).root.all
    #expect(elements.first?.attributes["lang"] == "en")
    #expect(elements.contains { $0.name == "meta" && $0.attributes["charset"] == "utf-8" })
    #expect(elements.contains { $0.name == "meta" && $0.attributes["name"] == "viewport" })
    let ids = Set(elements.compactMap { $0.attributes["id"] })
    let targets = elements.compactMap { $0.attributes["href"] }.filter { $0.hasPrefix("#") }
    for target in targets {
      #expect(ids.contains(String(target.dropFirst())), "no element for \(target)")
    }
  }

  @Test("the stylesheet prints on Letter or A4, with page breaks and repeated headers")
  func print() throws {
    let document = try ReportHarness.report("Examples/tutorial.yaml")
    let letter = HTMLReportRenderer(paper: .letter).render(document)
    let a4 = HTMLReportRenderer(paper: .a4).render(document)
    #expect(letter.contains("@page { size: letter;"))
    #expect(a4.contains("@page { size: A4;"))
    #expect(letter.contains("@media print"))
    #expect(letter.contains("thead { display: table-header-group; }"))
    #expect(letter.contains("break-inside: avoid"))
    #expect(letter.contains("@media (max-width: 40rem)"))
  }
}
