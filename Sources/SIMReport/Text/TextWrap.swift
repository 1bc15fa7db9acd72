import SIMModel

/// Greedy word wrapping for the plain-text renderer. Line breaks in the text count as spaces,
/// and a word longer than the width (such as an address) gets a line of its own, uncut unless
/// `cutting` is set.
enum TextWrap {
  /// The lines of `text`, each at most `width` characters unless one word is longer; one empty
  /// line for empty text.
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
    let lines = WordWrap.greedy(words, width: width)
    return lines.isEmpty ? [""] : lines
  }

  /// `text` wrapped at `width`, with `first` before the first line and as many spaces before
  /// the others.
  static func hanging(_ text: String, width: Int, first: String) -> [String] {
    let rest = String(repeating: " ", count: first.count)
    return lines(text, width: width - first.count).enumerated().map {
      ($0 == 0 ? first : rest) + $1
    }
  }

  /// `text` padded with spaces to `width` characters.
  static func pad(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - text.count))
  }

  /// `text` without trailing spaces.
  static func trimmed(_ text: String) -> String {
    var text = Substring(text)
    while text.last == " " { text = text.dropLast() }
    return String(text)
  }
}
