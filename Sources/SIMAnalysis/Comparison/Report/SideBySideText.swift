/// Rows of a label and two columns, ours and theirs, wrapped to fixed widths so the two maps
/// read side by side in a terminal.
struct SideBySideText {
  /// The label column's width, indent included.
  var labelWidth = 30
  /// Each map's column width.
  var columnWidth = 34
  /// The lines so far, without trailing spaces.
  private(set) var lines: [String] = []

  /// Adds a row; each cell wraps within its column, and `indent` spaces start the label.
  mutating func row(_ label: String, _ ours: String, _ theirs: String, indent: Int = 2) {
    let margin = String(repeating: " ", count: indent)
    let labels = PlainTextWrap.lines(label, width: labelWidth - indent - 1, cutting: true).map {
      margin + $0
    }
    let left = PlainTextWrap.lines(ours, width: columnWidth - 1, cutting: true)
    let right = PlainTextWrap.lines(theirs, width: columnWidth - 1, cutting: true)
    for index in 0..<max(labels.count, left.count, right.count) {
      let cells = [
        PlainTextWrap.pad(index < labels.count ? labels[index] : "", labelWidth),
        PlainTextWrap.pad(index < left.count ? left[index] : "", columnWidth),
        index < right.count ? right[index] : "",
      ]
      lines.append(trimmed(cells.joined()))
    }
  }

  /// Adds a line across all columns.
  mutating func line(_ text: String) {
    lines.append(trimmed(text))
  }

  private func trimmed(_ text: String) -> String {
    var text = text
    while text.hasSuffix(" ") { text.removeLast() }
    return text
  }
}
