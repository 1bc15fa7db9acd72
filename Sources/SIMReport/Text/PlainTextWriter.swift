import SIMModel

/// Writes blocks as plain text, separated by blank lines.
struct PlainTextWriter {
  let width: Int
  /// The text written so far.
  private(set) var text = ""

  init(width: Int) {
    self.width = width
  }

  /// Inline runs as plain text; line breaks are kept as `\n`.
  static func inline(_ runs: [Inline]) -> String {
    runs.map { run in
      switch run {
      case .lineBreak: "\n"
      case .citation(let number, _): "[\(number)]"
      case .link(let label, let url):
        if let target = LinkTarget(url), target.address != label {
          TerminalText.escape(label) + " <" + TerminalText.escape(target.address) + ">"
        } else {
          TerminalText.escape(label)
        }
      default: TerminalText.escape(run.plainText)
      }
    }.joined()
  }

  /// Appends lines, after a blank line unless `spaced` is false.
  mutating func lines(_ lines: [String], spaced: Bool = true) {
    if spaced && !text.isEmpty { text += "\n" }
    for line in lines { text += TextWrap.trimmed(line) + "\n" }
  }

  mutating func heading(_ title: String, underline: Character?) {
    let title = TerminalText.escape(title).split(whereSeparator: \.isNewline).joined(separator: " ")
    var block = [title]
    if let underline { block.append(String(repeating: underline, count: min(title.count, width))) }
    lines(block)
  }

  mutating func write(_ blocks: [Block]) {
    for block in blocks { write(block) }
  }

  mutating func write(_ block: Block) {
    switch block {
    case .paragraph(let runs): lines(wrapped(Self.inline(runs), first: ""))
    case .list(let items, let ordered):
      lines(
        items.enumerated().flatMap { index, item in
          unwrapped(Self.inline(item), first: ordered ? "\(index + 1). " : "- ")
        })
    case .facts(let facts):
      lines(
        facts.flatMap { fact in
          wrapped(Self.inline(fact.value), first: TerminalText.escape(fact.label) + ": ")
        })
    case .table(let table): write(table)
    case .figure(let figure):
      lines(wrapped(TerminalText.escape(figure.alternative), first: "Figure: "))
    case .chart(let chart):
      lines(
        [TerminalText.escape(chart.title)]
          + chart.bars.map { bar in
            "  " + TerminalText.escape(bar.label) + ": "
              + (bar.votes.map(String.init) ?? "votes not recorded")
          })
    case .callout(let callout):
      lines(
        callout.paragraphs.enumerated().flatMap { index, runs in
          wrapped(
            (index == 0 ? TerminalText.escape(callout.title) + ". " : "") + Self.inline(runs),
            first: "| ")
        })
    case .section(let section):
      heading(section.title, underline: section.level <= 2 ? "-" : nil)
      write(section.blocks)
    case .contents: break
    }
  }

  /// Text wrapped with a hanging indent; each line break in the text starts a new line.
  private func wrapped(_ text: String, first: String) -> [String] {
    let indent = String(repeating: " ", count: first.count)
    return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().flatMap {
      index, part in
      TextWrap.hanging(String(part), width: width, first: index == 0 ? first : indent)
    }
  }

  /// A list item's first line is not wrapped, so a finding stays on one line as
  /// `file:line:column: …` for editors and grep; each line break in the item starts an
  /// indented line, wrapped at the page width.
  private func unwrapped(_ text: String, first: String) -> [String] {
    let indent = String(repeating: " ", count: first.count)
    return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().flatMap {
      index, part in
      index == 0
        ? [first + part] : TextWrap.hanging(String(part), width: width, first: indent)
    }
  }

  private mutating func write(_ table: ReportTable) {
    let caption = TerminalText.escape(table.caption)
    guard !table.rows.isEmpty else {
      lines(wrapped(caption + ": " + TerminalText.escape(table.emptyText), first: ""))
      return
    }
    let layout = PlainTextTable(
      headers: table.columns.map { TerminalText.escape($0.header) },
      rows: table.rows.map { $0.map(Self.inline) },
      numeric: table.columns.map(\.isNumeric), width: width)
    lines([caption] + layout.lines)
  }
}
