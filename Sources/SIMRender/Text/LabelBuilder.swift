/// Collects the lines of an HTML-like label, wrapping each text it is given.
struct LabelBuilder {
  /// The lines so far.
  private(set) var lines: [HTMLLine] = []
  /// How every line is aligned.
  let alignment: HTMLLine.Alignment

  /// A builder whose lines are aligned one way.
  init(alignment: HTMLLine.Alignment = .center) {
    self.alignment = alignment
  }

  /// Adds `text` wrapped at `width`, in one style; nothing for empty text.
  mutating func add(_ text: String, _ style: HTMLRun.Style, width: Int) {
    lines += HTMLLine.wrapping(text, width: width, style: style, alignment: alignment)
  }

  /// Adds `text` when there is some.
  mutating func add(optional text: String?, _ style: HTMLRun.Style, width: Int) {
    if let text { add(text, style, width: width) }
  }

  /// Adds `Label: value`, the label in `labelStyle` on the first line and the value wrapped after.
  mutating func add(
    labelled label: String, _ value: String?, labelStyle: HTMLRun.Style, style: HTMLRun.Style,
    width: Int
  ) {
    guard let value, !value.isEmpty else { return }
    let wrapped = TextWrapper.wrap(label + ": " + value, width: width)
    for (index, line) in wrapped.enumerated() {
      if index == 0, line.hasPrefix(label + ":") {
        // The value may start on the next line (a word too long to share this one).
        let rest = String(line.dropFirst(label.count + 1))
        var runs = [HTMLRun(label + ":", labelStyle)]
        if !rest.isEmpty { runs.append(HTMLRun(rest, style)) }
        lines.append(HTMLLine(runs, alignment: alignment))
      } else {
        lines.append(HTMLLine(HTMLRun(line, style), alignment: alignment))
      }
    }
  }

  /// The label; a single space when nothing was added, so Graphviz still gets a valid label.
  var label: HTMLLabel {
    HTMLLabel(lines: lines.isEmpty ? [HTMLLine(HTMLRun(" "))] : lines)
  }
}
