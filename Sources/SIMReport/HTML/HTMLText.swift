import Foundation

/// The one escaping function for HTML: every text from a map goes through it.
enum HTMLText {
  /// `text` safe in element content and in quoted attribute values: `&`, `<`, `>`, `"` and `'`
  /// become entities, and control characters that XML forbids are dropped.
  static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      case "\t", "\n": result.unicodeScalars.append(scalar)
      case "\r": result += "\n"
      default:
        if isAllowedInXML(scalar) { result.unicodeScalars.append(scalar) }
      }
    }
    return result
  }

  /// Whether XML 1.0 allows the character in a document.
  private static func isAllowedInXML(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
    default: false
    }
  }

  /// The address when it is safe to link to: `http`, `https` or a fragment in the document;
  /// nil for anything else, such as `javascript:`.
  static func safeURL(_ url: String) -> String? {
    let trimmed = url.trimmingCharacters(in: .whitespacesAndNewlines)
    let lower = trimmed.lowercased()
    guard lower.hasPrefix("https://") || lower.hasPrefix("http://") || trimmed.hasPrefix("#")
    else { return nil }
    guard !trimmed.unicodeScalars.contains(where: { $0.value < 0x21 }) else { return nil }
    return trimmed
  }
}
