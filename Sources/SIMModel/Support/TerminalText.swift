/// The one escaping function for a terminal: every text from a map that simmap prints as plain
/// text goes through it.
package enum TerminalText {
  /// `text` safe to print: C0 and C1 control characters (ESC, so CSI and OSC sequences; CR;
  /// backspace; BEL), DEL and the bidirectional overrides that reorder what a terminal shows
  /// are written as visible `\u{1B}` escapes; newline and tab are kept.
  package static func escape(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isActive) else { return text }
    var result = ""
    result.reserveCapacity(text.utf8.count + 8)
    for scalar in text.unicodeScalars {
      if isActive(scalar) {
        result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// Whether a terminal would act on the character instead of showing it.
  package static func isActive(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A, 0x09: false
    case 0x00...0x1F, 0x7F...0x9F: true
    case 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }
}
