import SIMModel

/// Breaks text into lines at word boundaries.
enum TextWrapper {
  /// The lines of `text`, each at most `width` characters where words allow.
  ///
  /// Runs of whitespace, including line breaks, become single spaces. A word longer than
  /// `width` is split into pieces of `width` characters rather than cut. Text beyond
  /// `LabelCap.textCharacters` characters is cut with "…"; below that no character is dropped.
  /// Empty text gives no lines.
  static func wrap(_ text: String, width: Int) -> [String] {
    let width = max(width, 1)
    let text = LabelCap.text(text)
    return WordWrap.greedy(
      text.split(whereSeparator: \.isWhitespace).lazy.flatMap { pieces(of: $0, width: width) },
      width: width)
  }

  private static func pieces(of word: Substring, width: Int) -> [String] {
    guard word.count > width else { return [String(word)] }
    var result: [String] = []
    var rest = word[...]
    while !rest.isEmpty {
      result.append(String(rest.prefix(width)))
      rest = rest.dropFirst(width)
    }
    return result
  }
}
