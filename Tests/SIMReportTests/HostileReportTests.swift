import Foundation
import SIMReport
import Testing

/// A map whose every text is hostile gives reports that show the text and run nothing.
@Suite("hostile map")
struct HostileReportTests {
  static let path = "Tests/Fixtures/hostile.yaml"

  /// The elements the HTML writer itself uses; anything else came from a map.
  static let allowed: Set<String> = [
    "html", "head", "meta", "title", "style", "body", "main", "header", "nav", "section", "h1",
    "h2", "h3", "h4", "p", "ul", "ol", "li", "dl", "dt", "dd", "div", "table", "caption",
    "thead", "tbody", "tr", "th", "td", "strong", "em", "code", "span", "a", "br", "figure",
    "figcaption", "svg", "g", "polygon", "polyline", "path", "ellipse", "text", "tspan",
  ]

  @Test("the HTML report and charter contain no live markup from the map")
  func html() throws {
    let documents = [try ReportHarness.report(Self.path), try ReportHarness.charter(Self.path)]
    for document in documents {
      let html = HTMLReportRenderer().render(document)
      let root = try #require(HTMLTree.parse(html), "the page is not well-formed")
      let elements = root.all
      let names = Set(elements.map(\.name))
      #expect(names.isSubset(of: Self.allowed), "unexpected: \(names.subtracting(Self.allowed))")
      #expect(!html.contains("<script"))
      #expect(!html.contains("<b>") && !html.contains("<i>"))
      #expect(elements.allSatisfy { $0.attributes.keys.allSatisfy { !$0.hasPrefix("on") } })
      let text = root.allText
      #expect(text.contains("<script>alert(1)</script>"))
      #expect(text.contains("<b>bold</b> & <i>ampersand &amp; entity</i> ]]> ]"))
      #expect(text.contains("\"]; node [label=\"pwned\"]; x [label=\""))
    }
  }

  @Test("the report of the hostile map draws its picture as text")
  func picture() throws {
    let loaded = try ReportHarness.load(Self.path)
    let svg = try MapPicture.svg(of: loaded.map)
    let html = HTMLReportRenderer().render(try ReportHarness.report(Self.path, svg: svg))
    let root = try #require(HTMLTree.parse(html))
    let drawn = root.all.filter { $0.name == "svg" }
    #expect(drawn.count == 1)
    #expect(drawn.first?.allText.contains("<script>alert(1)</script>") == true)
  }

  @Test("the Markdown report escapes what Markdown would read as markup")
  func markdown() throws {
    let text = MarkdownReportRenderer().render(try ReportHarness.report(Self.path), baseName: "h")
    #expect(!text.contains("<script>"))
    #expect(text.contains("\\<script\\>alert(1)\\</script\\>"))
    #expect(text.contains("\\<b\\>bold\\</b\\> \\& \\<i\\>"))
    #expect(text.contains("\\{curly\\} \\|pipe\\| \\<port\\>"))
    // Every table row has as many cells as its header: no pipe from the map split a cell.
    let lines = text.components(separatedBy: "\n")
    var columns: Int?
    for line in lines {
      guard line.hasPrefix("| ") || line.hasPrefix("|---") else {
        columns = nil
        continue
      }
      let count = Self.cells(line)
      if let columns { #expect(count == columns, "row has \(count) cells: \(line.prefix(80))") }
      columns = columns ?? count
    }
  }

  @Test("a link that is not http or https is shown as text")
  func links() throws {
    let document = ReportDocument(
      title: "Links",
      blocks: [
        .paragraph([
          .link("bad", url: "javascript:alert(1)"), .text(" "),
          .link("good", url: "https://example.org/?a=1&b=<2>"),
        ])
      ])
    let html = HTMLReportRenderer().render(document)
    #expect(!html.contains("javascript:"))
    #expect(html.contains("<a href=\"https://example.org/?a=1&amp;b=%3C2%3E\">good</a>"))
    let markdown = MarkdownReportRenderer().render(document, baseName: "x")
    #expect(!markdown.contains("javascript:"))
    #expect(markdown.contains("[good](<https://example.org/?a=1&b=%3C2%3E>)"))
  }

  @Test("a hostile SVG loses its prolog, scripts, handlers and outside links")
  func sanitizer() throws {
    let svg = """
      <?xml version="1.0"?>
      <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
      <!-- a comment -->
      <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" \
      width="100pt" height="50pt" viewBox="0 0 100 50" onload="alert(1)">
      <script>alert(2)</script>
      <foreignObject><div>html</div></foreignObject>
      <g id="node1" style="fill:url(http://evil/)"><a xlink:href="http://evil/"><text>label</text></a>
      <polygon fill="url(#grad)" points="0,0 1,1"/></g>
      </svg>
      """
    let figure = ReportFigure(
      id: "pic", svg: svg, alternative: "A picture", caption: [.text("Caption")],
      fileSuffix: ".svg")
    let html = HTMLReportRenderer().render(ReportDocument(title: "T", blocks: [.figure(figure)]))
    #expect(!html.contains("<?xml"))
    #expect(!html.contains("DOCTYPE svg"))
    #expect(!html.contains("a comment"))
    #expect(!html.contains("alert"))
    #expect(!html.contains("foreignObject"))
    #expect(!html.contains("evil"))
    #expect(html.contains("id=\"pic-node1\""))
    #expect(html.contains("fill=\"url(#pic-grad)\""))
    #expect(html.contains(">label</text>"))
    #expect(html.contains("role=\"img\""))
    #expect(html.contains("aria-label=\"A picture\""))
    #expect(HTMLTree.parse(html) != nil)
  }

  /// The number of cells in a Markdown table row, not counting escaped pipes.
  static func cells(_ line: String) -> Int {
    LiveMarkup.unescapedPipes(line) - 1
  }
}
