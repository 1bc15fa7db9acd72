import Foundation

/// Finds what a Markdown renderer would turn into markup or a link, or a table row split in
/// two, in text simmap wrote: the checks of the hostile-input tests.
enum LiveMarkup {
  /// The first problem in `markdown`, or nil when it is inert.
  static func firstProblem(inMarkdown markdown: String) -> String? {
    if markdown.unicodeScalars.contains("\r") { return "a carriage return" }
    for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
      let text = withoutCodeSpans(String(line))
      if let tag = firstMatch(#"(?<!\\)<(?!br>)[A-Za-z/!?]"#, in: text) {
        return "raw HTML \(tag) in: \(line)"
      }
      if let link = firstMatch(#"(?<!\\)\]\((?!<https?://)"#, in: text) {
        return "a link \(link) that is not http or https in: \(line)"
      }
    }
    return splitTableRow(in: markdown)
  }

  /// A table row whose number of cells differs from its header's.
  private static func splitTableRow(in markdown: String) -> String? {
    var expected: Int?
    for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
      guard line.hasPrefix("|") else {
        expected = nil
        continue
      }
      let cells = unescapedPipes(withoutCodeSpans(String(line)))
      if let expected, cells != expected { return "a table row split or widened: \(line)" }
      expected = expected ?? cells
    }
    return nil
  }

  /// The first control character a terminal would act on, as `U+XXXX`, or nil.
  static func firstControl(inText text: String) -> String? {
    text.unicodeScalars.first { scalar in
      switch scalar.value {
      case 0x0A: false
      case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
      default: false
      }
    }.map { "U+" + String($0.value, radix: 16, uppercase: true) }
  }

  /// The `|` in a Markdown line that a backslash does not escape.
  static func unescapedPipes(_ line: String) -> Int {
    var count = 0
    var escaped = false
    for character in line {
      if escaped {
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else if character == "|" {
        count += 1
      }
    }
    return count
  }

  /// The line without its code spans, whose content Markdown shows as it is.
  private static func withoutCodeSpans(_ line: String) -> String {
    var result = ""
    var rest = Substring(line)
    while let start = rest.firstIndex(of: "`") {
      result += rest[..<start]
      let fence = rest[start...].prefix { $0 == "`" }
      let after = rest[fence.endIndex...]
      guard let end = after.range(of: String(fence)) else {
        result += rest[start...]
        return result
      }
      result += "CODE"
      rest = after[end.upperBound...]
    }
    return result + rest
  }

  private static func firstMatch(_ pattern: String, in text: String) -> String? {
    guard let regex = try? NSRegularExpression(pattern: pattern),
      let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
      let range = Range(match.range, in: text)
    else { return nil }
    return String(text[range])
  }
}
