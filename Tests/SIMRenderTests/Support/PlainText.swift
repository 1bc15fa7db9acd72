import Foundation

/// The words of DOT text with HTML-like markup and line breaks removed, so tests can look for
/// phrases that labels wrap over several lines.
enum PlainText {
  /// `dot` with every `<…>` tag and run of whitespace turned into one space.
  static func of(_ dot: String) -> String {
    let untagged = dot.replacingOccurrences(of: "<[^<>]*>", with: " ", options: .regularExpression)
    return untagged.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }
}
