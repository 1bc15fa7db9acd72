/// The one place where text from a map is made safe for DOT.
///
/// Every text that reaches the encoder, whether an id, a quoted attribute value or the text of an
/// HTML-like label, goes through `escape(_:for:)`.
enum DOTEscaping {
  /// Where escaped text will be written.
  enum Context {
    /// Inside a double-quoted DOT string: ids and attribute values.
    case quoted
    /// Inside an HTML-like label `<…>`, as character data.
    case html
  }

  /// Returns `text` escaped for `context`, keeping every visible character.
  ///
  /// Quoted strings escape `"` and `\`, and turn line breaks into `\n`. HTML-like text escapes
  /// `&`, `<`, `>`, `"`, `'` and `]` (Graphviz 2.42 can misread a label ending in `]`), and turns
  /// line breaks into spaces. In both, control characters that Graphviz or XML would reject
  /// become U+FFFD so the text is never cut.
  static func escape(_ text: String, for context: Context) -> String {
    var result = ""
    result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    var previousWasCarriageReturn = false
    for scalar in text.unicodeScalars {
      defer { previousWasCarriageReturn = scalar == "\r" }
      if scalar == "\n" && previousWasCarriageReturn { continue }
      result += replacement(for: scalar, in: context) ?? String(scalar)
    }
    return result
  }

  private static func replacement(for scalar: Unicode.Scalar, in context: Context) -> String? {
    switch (scalar, context) {
    case ("\n", .quoted), ("\r", .quoted): "\\n"
    case ("\n", .html), ("\r", .html), ("\t", _): " "
    case ("\"", .quoted): "\\\""
    case ("\\", .quoted): "\\\\"
    case ("&", .html): "&amp;"
    case ("<", .html): "&lt;"
    case (">", .html): "&gt;"
    case ("\"", .html): "&quot;"
    case ("'", .html): "&#39;"
    case ("]", .html): "&#93;"
    default: isForbidden(scalar) ? "\u{FFFD}" : nil
    }
  }

  /// Control characters and non-characters that XML 1.0 forbids and C strings cannot hold.
  private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: true
    default: false
    }
  }
}
