/// Greedy word wrapping, shared by the DOT labels and the plain-text renderer.
package enum WordWrap {
  /// `words` joined by single spaces into lines of at most `width` characters; a word longer
  /// than `width` gets a line of its own. No words give no lines.
  package static func greedy(_ words: some Sequence<some StringProtocol>, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    var lineCount = 0
    for word in words {
      let wordCount = word.count
      if line.isEmpty {
        line = String(word)
        lineCount = wordCount
      } else if lineCount + 1 + wordCount <= width {
        line += " " + word
        lineCount += 1 + wordCount
      } else {
        lines.append(line)
        line = String(word)
        lineCount = wordCount
      }
    }
    if !line.isEmpty { lines.append(line) }
    return lines
  }
}
