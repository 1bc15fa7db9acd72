import Foundation
import SIMTestSupport
import Testing

/// One escaping function per output format in the whole package: a second escaper of any
/// format, or JSON written other than through `JSONEncoder`, fails here with its file.
///
/// Sources/simmap-fuzz is left out: its oracles read output to find live markup; they write
/// none.
@Suite("one escaper per format")
struct EscaperUniquenessTests {
  /// A sign that a file escapes text for a format, and the one file allowed to.
  struct Rule: Sendable, CustomTestStringConvertible {
    var format: String
    var signs: [String]
    var allowed: Set<String>

    var testDescription: String { format }
  }

  static let rules = [
    Rule(
      format: "Markdown", signs: [#"with: "\\|""#, #"of: "|""#, #"case "|""#],
      allowed: ["Sources/SIMReport/Markdown/MarkdownText.swift"]),
    Rule(
      format: "HTML and XML", signs: ["\"&lt;\"", "\"&amp;\"", "\"&quot;\""],
      allowed: [
        "Sources/SIMReport/HTML/HTMLText.swift",
        // DOT's HTML-like labels are DOT syntax, escaped by the DOT escaper.
        "Sources/SIMRender/DOT/DOTEscaping.swift",
      ]),
    Rule(
      format: "CSV", signs: [#"with: "\"\"""#],
      allowed: ["Sources/SIMReport/CSV/CSVText.swift"]),
    Rule(
      format: "terminal", signs: ["0x202A...0x202E", "0x2066...0x2069"],
      allowed: ["Sources/SIMModel/Support/TerminalText.swift"]),
    Rule(
      format: "link addresses", signs: ["hasPrefix(\"http", "hasPrefix(\"javascript"],
      allowed: ["Sources/SIMReport/Support/LinkTarget.swift"]),
    Rule(
      format: "JSON", signs: ["JSONSerialization", "[String: Any]"],
      // Every JSON output, the map's schema included, is an Encodable value and JSONEncoder.
      allowed: []),
  ]

  /// Every Swift file under Sources, but the fuzz target's oracles.
  static func sources() -> [(path: String, text: String)] {
    let root = Fixtures.root.appendingPathComponent("Sources")
    let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
    var result: [(String, String)] = []
    while let url = files?.nextObject() as? URL {
      guard url.pathExtension == "swift" else { continue }
      let path = Fixtures.relativePath(url)
      guard !path.hasPrefix("Sources/simmap-fuzz/") else { continue }
      result.append((path, (try? String(contentsOf: url, encoding: .utf8)) ?? ""))
    }
    return result.sorted { $0.0 < $1.0 }
  }

  @Test("only the format's own file escapes text for it", arguments: rules)
  func unique(_ rule: Rule) {
    let sources = Self.sources()
    #expect(sources.count > 50, "the Sources folder was not found")
    for (path, text) in sources where !rule.allowed.contains(path) {
      for sign in rule.signs where text.contains(sign) {
        Issue.record(
          "\(path) escapes \(rule.format) itself (\(sign)); use the one escaper in \(rule.allowed.sorted())"
        )
      }
    }
  }

  @Test("each escaping function is defined once")
  func definitions() {
    let allowed: Set<String> = [
      "Sources/SIMReport/Markdown/MarkdownText.swift",
      "Sources/SIMReport/HTML/HTMLText.swift",
      "Sources/SIMRender/DOT/DOTEscaping.swift",
      "Sources/SIMModel/Support/TerminalText.swift",
    ]
    for (path, text) in Self.sources() where !allowed.contains(path) {
      #expect(!text.contains("func escape("), "\(path) defines another escape function")
      #expect(!text.contains("func escaped("), "\(path) defines another escape function")
    }
  }
}
