/// One line of an HTML-like label, made of runs of text.
struct HTMLLine: Hashable, Sendable {
  /// How a line sits in its box.
  enum Alignment: String, Hashable, Sendable {
    case left = "LEFT"
    case center = "CENTER"
  }

  /// The runs, written one after another.
  var runs: [HTMLRun]
  /// The line's alignment.
  var alignment: Alignment

  /// A line of runs.
  init(_ runs: [HTMLRun], alignment: Alignment = .center) {
    self.runs = runs
    self.alignment = alignment
  }

  /// A line of one run.
  init(_ run: HTMLRun, alignment: Alignment = .center) {
    self.init([run], alignment: alignment)
  }

  /// The lines of `text` wrapped at `width` characters, each one run in `style`.
  static func wrapping(
    _ text: String, width: Int, style: HTMLRun.Style, alignment: Alignment = .center
  ) -> [HTMLLine] {
    TextWrapper.wrap(text, width: width).map { HTMLLine(HTMLRun($0, style), alignment: alignment) }
  }
}
