/// Finds characters that a terminal would act on instead of showing.
enum TerminalOracle {
  /// The first C0 or C1 control other than newline and tab, DEL, or bidirectional override.
  static func firstControl(in text: String) -> Unicode.Scalar? {
    text.unicodeScalars.first { scalar in
      switch scalar.value {
      case 0x0A, 0x09: false
      case 0x00...0x1F, 0x7F...0x9F: true
      case 0x202A...0x202E, 0x2066...0x2069: true
      default: false
      }
    }
  }
}
