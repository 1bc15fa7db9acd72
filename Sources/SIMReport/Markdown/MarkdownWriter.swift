/// Writes blocks as Markdown, one block per paragraph, separated by blank lines.
struct MarkdownWriter {
  /// The name pictures are linked by.
  let baseName: String
  /// The Markdown written so far.
  private(set) var text = ""

  init(baseName: String) {
    self.baseName = baseName
  }

  /// Appends a block of text written by simmap, followed by a blank line.
  mutating func paragraph(_ markdown: String) {
    if !text.isEmpty { text += "\n" }
    text += markdown + "\n"
  }

  mutating func write(_ blocks: [Block]) {
    for block in blocks { write(block) }
  }

  mutating func write(_ block: Block) {
    switch block {
    case .paragraph(let runs): paragraph(Self.inline(runs))
    case .list(let items, let ordered):
      paragraph(
        items.enumerated().map { index, item in
          (ordered ? "\(index + 1). " : "- ") + Self.inline(item)
        }.joined(separator: "\n"))
    case .facts(let facts):
      paragraph(
        facts.map { "- **" + MarkdownText.escape($0.label) + ":** " + Self.inline($0.value) }
          .joined(separator: "\n"))
    case .table(let table): write(table)
    case .figure(let figure): write(figure)
    case .chart(let chart): write(chart)
    case .callout(let callout):
      paragraph(
        callout.paragraphs.enumerated().map { index, runs in
          "> " + (index == 0 ? "**" + MarkdownText.escape(callout.title) + ".** " : "")
            + Self.inline(runs)
        }.joined(separator: "\n>\n"))
    case .section(let section):
      let level = min(max(section.level, 2), 6)
      paragraph(String(repeating: "#", count: level) + " " + MarkdownText.escape(section.title))
      write(section.blocks)
    case .contents(let entries):
      paragraph("**Contents**")
      paragraph(
        entries.enumerated().map { index, entry in
          "\(index + 1). " + MarkdownText.escape(entry.title)
        }.joined(separator: "\n"))
    }
  }

  private mutating func write(_ table: ReportTable) {
    guard !table.rows.isEmpty else {
      paragraph(
        "**" + MarkdownText.escape(table.caption) + ":** *" + MarkdownText.escape(table.emptyText)
          + "*")
      return
    }
    var lines = [
      "| " + table.columns.map { MarkdownText.escape($0.header) }.joined(separator: " | ") + " |",
      "|" + table.columns.map { $0.isNumeric ? "---:" : "---" }.joined(separator: "|") + "|",
    ]
    for row in table.rows {
      lines.append("| " + row.map(Self.inline).joined(separator: " | ") + " |")
    }
    paragraph("**" + MarkdownText.escape(table.caption) + "**")
    paragraph(lines.joined(separator: "\n"))
  }

  private mutating func write(_ figure: ReportFigure) {
    if figure.svg != nil {
      paragraph(
        "![" + MarkdownText.escape(figure.alternative) + "](" + baseName + figure.fileSuffix + ")")
    } else {
      paragraph("*The map picture was not drawn.* " + MarkdownText.escape(figure.alternative))
    }
    paragraph("*Figure:* " + Self.inline(figure.caption))
  }

  private mutating func write(_ chart: VoteChart) {
    let width = 20
    var lines = ["| Priority | Votes | Chart |", "|---|---:|---|"]
    for bar in chart.bars {
      let votes = bar.votes.map(String.init) ?? "*not recorded*"
      let length =
        bar.votes.map {
          max(1, Int((Double($0) * Double(width) / Double(chart.maximum)).rounded()))
        } ?? 0
      lines.append(
        "| " + MarkdownText.escape(bar.label) + " | " + votes + " | "
          + String(repeating: "█", count: length) + " |")
    }
    paragraph("**" + MarkdownText.escape(chart.title) + "**")
    paragraph(lines.joined(separator: "\n"))
  }
}
