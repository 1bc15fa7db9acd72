import Testing

@testable import SIMRender

/// The one escaping function, in both of its contexts.
struct EscapingTests {
  @Test("escapes quotes, backslashes and line breaks in quoted strings")
  func quoted() {
    #expect(DOTEscaping.escape("say \"hi\"", for: .quoted) == #"say \"hi\""#)
    #expect(DOTEscaping.escape(#"a\b"#, for: .quoted) == #"a\\b"#)
    #expect(
      DOTEscaping.escape("one\ntwo\r\nthree\rfour", for: .quoted) == #"one\ntwo\nthree\nfour"#)
    #expect(DOTEscaping.escape(#"\"];"#, for: .quoted) == #"\\\"];"#)
  }

  @Test("escapes markup characters and ] in HTML-like labels")
  func html() {
    #expect(
      DOTEscaping.escape("<script>alert('x') & \"y\"</script>]", for: .html)
        == "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;&#93;")
    #expect(DOTEscaping.escape("a\nb\tc", for: .html) == "a b c")
  }

  @Test(
    "replaces control characters instead of dropping text",
    arguments: [
      DOTEscaping.Context.quoted, .html,
    ])
  func controlCharacters(context: DOTEscaping.Context) {
    #expect(
      DOTEscaping.escape("a\u{0}b\u{7}c\u{1B}d", for: context) == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d")
  }

  @Test(
    "keeps emoji and right-to-left text as they are",
    arguments: [
      DOTEscaping.Context.quoted, .html,
    ])
  func unicode(context: DOTEscaping.Context) {
    let text = "🚓👩🏽‍⚕️ مرحبا עברית"
    #expect(DOTEscaping.escape(text, for: context) == text)
  }

  @Test("quotes every id and value the encoder writes")
  func encoderQuotes() {
    var graph = DOTGraph(name: "g\"1")
    graph.add(DOTNode("a\"b", [.label: "x\\y", .tooltip: "line\nbreak"]))
    let dot = DOTEncoder().encode(graph)
    #expect(dot.hasPrefix(#"digraph "g\"1" {"#))
    #expect(dot.contains(#""a\"b" [label="x\\y", tooltip="line\nbreak"];"#))
  }
}
