/// Greedy word wrapping for the plain-text reports. Line breaks in the text count as spaces,
/// and a word longer than the width (such as an address) gets a line of its own, uncut.
enum PlainTextWrap {
  /// The lines of `text`, each at most `width` characters unless one word is longer (or, with
  /// `cutting`, none at all); one empty line for empty text.
  static func lines(_ text: String, width: Int, cutting: Bool = false) -> [String] {
    let width = max(width, 1)
    var words = text.split(whereSeparator: \.isWhitespace).map(String.init)
    if cutting {
      words = words.flatMap { word in
        stride(from: 0, to: word.count, by: width).map { start in
          String(word.dropFirst(start).prefix(width))
        }
      }
    }
    var lines: [String] = []
    var line = ""
    for word in words {
      if line.isEmpty {
        line = word
      } else if line.count + 1 + word.count <= width {
        line += " " + word
      } else {
        lines.append(line)
        line = word
      }
    }
    if !line.isEmpty || lines.isEmpty { lines.append(line) }
    return lines
  }

  /// `text` wrapped at `width` with `indent` spaces before the first line and `indent + 4`
  /// before the others.
  static func hanging(_ text: String, width: Int, indent: Int) -> [String] {
    let first = String(repeating: " ", count: indent)
    let rest = String(repeating: " ", count: indent + 4)
    return lines(text, width: width - indent - 4).enumerated().map {
      ($0 == 0 ? first : rest) + $1
    }
  }

  /// `text` padded with spaces to `width` characters.
  static func pad(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - text.count))
  }
}
