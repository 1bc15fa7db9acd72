import Foundation
import SIMModel

/// The one escaping function for Markdown: every text from a map goes through it.
enum MarkdownText {
  /// Characters that mean something in CommonMark or GitHub Markdown, escaped anywhere.
  private static let special: Set<Character> = [
    "\\", "`", "*", "_", "[", "]", "<", ">", "|", "&", "~", "#", "{", "}",
  ]

  /// `text` as literal Markdown text: special characters get a backslash, line breaks and tabs
  /// become spaces, control characters a terminal would act on (Markdown is often printed to
  /// one) are shown as `TerminalText` writes them, and a start that would begin a list, a quote
  /// or a heading is escaped.
  static func escape(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "\r\n", "\n", "\r", "\t": result.append(" ")
      case _ where special.contains(character): result += "\\" + String(character)
      case _ where character.unicodeScalars.contains(where: TerminalText.isActive):
        result += TerminalText.escape(String(character))
      default: result.append(character)
      }
    }
    return escapeStart(result)
  }

  /// Escapes `-`, `+`, `=` or `1.` at the start, which would otherwise begin a block.
  private static func escapeStart(_ text: String) -> String {
    guard let first = text.first else { return text }
    if "-+=".contains(first) { return "\\" + text }
    let digits = text.prefix { $0.isASCII && $0.isNumber }
    if !digits.isEmpty, let next = text.dropFirst(digits.count).first, next == "." || next == ")" {
      return digits + "\\" + text.dropFirst(digits.count)
    }
    return text
  }

  /// `text` as inline code, fenced with more backticks than it contains.
  static func code(_ text: String) -> String {
    let flat = TerminalText.escape(
      text.replacingOccurrences(of: "\r\n", with: " ")
        .replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " "))
    var longest = 0
    var run = 0
    for character in flat {
      run = character == "`" ? run + 1 : 0
      longest = max(longest, run)
    }
    let fence = String(repeating: "`", count: longest + 1)
    let padded = flat.hasPrefix("`") || flat.hasSuffix("`") ? " " + flat + " " : flat
    // A pipe would end a table cell even inside code.
    return fence + padded.replacingOccurrences(of: "|", with: "\\|") + fence
  }
}
