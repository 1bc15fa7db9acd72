/// Text from a map made safe to print on a terminal.
package enum TerminalText {
  /// `text` with every control character a terminal would act on (C0 and C1 controls other than
  /// tab, DEL, and bidirectional overrides) written out as `\u{1B}`, so a map cannot move the
  /// cursor, retitle the window or reorder what is shown.
  package static func visible(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if isControl(scalar) {
        result.append(
          contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
      } else {
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// Whether a terminal acts on `scalar` instead of showing it.
  package static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09: false
    case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }
}
