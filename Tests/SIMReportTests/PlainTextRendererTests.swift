import Foundation
import SIMModel
import SIMTestSupport
import Testing

@testable import SIMReport

/// `PlainTextReportRenderer`, `TerminalText` and `LinkTarget`: the pieces every terminal output
/// and every written address goes through.
@Suite("plain text, terminal escaping and link targets")
struct PlainTextRendererTests {
  @Test("ESC, OSC, CSI, CR, BEL, C1 and bidi overrides are shown, not sent")
  func terminal() {
    #expect(TerminalText.escape("a\u{1B}]0;title\u{07}b") == "a\\u{1B}]0;title\\u{7}b")
    #expect(TerminalText.escape("red\u{1B}[31m") == "red\\u{1B}[31m")
    #expect(TerminalText.escape("over\rwrite") == "over\\u{D}write")
    #expect(TerminalText.escape("c1\u{9B}2J") == "c1\\u{9B}2J")
    #expect(TerminalText.escape("rtl\u{202E}txt") == "rtl\\u{202E}txt")
    #expect(TerminalText.escape("line\nand\ttab, café 🚓") == "line\nand\ttab, café 🚓")
  }

  @Test("only http and https addresses are link targets")
  func links() {
    #expect(LinkTarget("javascript:alert(1)") == nil)
    #expect(LinkTarget(" JavaScript:alert(1)") == nil)
    #expect(LinkTarget("data:text/html,<b>") == nil)
    #expect(LinkTarget("vbscript:x") == nil)
    #expect(LinkTarget("//example.org/x") == nil)
    #expect(LinkTarget("https://") == nil)
    #expect(LinkTarget("https://exa mple.org") == nil)
    #expect(LinkTarget("https://example.org/\u{1B}[2J") == nil)
    #expect(LinkTarget("HTTPS://example.org/a")?.address == "HTTPS://example.org/a")
    #expect(
      LinkTarget("https://example.org/a_(b)?q=<1>")?.address
        == "https://example.org/a_%28b%29?q=%3C1%3E")
  }

  static let document = ReportDocument(
    title: "Title \u{1B}]0;pwned\u{07}",
    blocks: [
      .paragraph([.text("See "), .link("the site", url: "https://example.org/")]),
      .paragraph([.text("Not "), .link("this", url: "javascript:alert(1)")]),
      .table(
        ReportTable(
          caption: "Counts",
          columns: [.init("Name"), .init("Count", isNumeric: true)],
          rows: [[[.text("a\rb")], [.text("7")]], [[.text("longer name")], [.text("12")]]])),
      .list(
        [[.code("map.yaml:3:5"), .text(": warning: x"), .lineBreak, .text("hint: y")]],
        ordered: false),
    ])

  @Test("tables line up, numbers to the right, and nothing from the map reaches the terminal raw")
  func layout() {
    let text = PlainTextReportRenderer().render(Self.document)
    #expect(
      text == """
        Title \\u{1B}]0;pwned\\u{7}
        =========================

        See the site <https://example.org/>

        Not this

        Counts
        Name         Count
        -----------  -----
        a\\u{D}b          7
        longer name     12

        - map.yaml:3:5: warning: x
          hint: y

        """)
  }

  @Test("a long word in a narrow column is cut, a paragraph wraps at the width")
  func wrapping() {
    let words = String(repeating: "word ", count: 40)
    let text = PlainTextReportRenderer(width: 40).render(
      ReportDocument(title: "T", blocks: [.paragraph([.text(words)])]))
    #expect(text.split(separator: "\n").allSatisfy { $0.count <= 40 })
    #expect(text.split(separator: "\n").count > 4)
  }
}
