extension DOTEncoder {
  /// The markup of an HTML-like label, without the outer `<` and `>`.
  func html(_ label: HTMLLabel) -> String {
    switch label.content {
    case .lines(let lines): html(lines)
    case .table(let table): html(table)
    }
  }

  private func html(_ lines: [HTMLLine]) -> String {
    guard lines.contains(where: { $0.alignment != .center }) else {
      return lines.map(html).joined(separator: "<BR/>")
    }
    return lines.map { html($0) + "<BR ALIGN=\"\($0.alignment.rawValue)\"/>" }.joined()
  }

  private func html(_ line: HTMLLine) -> String {
    line.runs.map(html).joined()
  }

  /// The run's markup; nothing for a run without text, since Graphviz rejects an empty
  /// `<FONT></FONT>` and then draws the node's id instead of its label.
  private func html(_ run: HTMLRun) -> String {
    guard !run.text.isEmpty else { return "" }
    var text = DOTEscaping.escape(run.text, for: .html)
    if run.style.isItalic { text = "<I>" + text + "</I>" }
    if run.style.isBold { text = "<B>" + text + "</B>" }
    var font: [String] = []
    if let color = run.style.color { font.append("COLOR=\"\(attribute(color.rawValue))\"") }
    if let size = run.style.pointSize { font.append("POINT-SIZE=\"\(number(size))\"") }
    guard !font.isEmpty else { return text }
    return "<FONT " + font.joined(separator: " ") + ">" + text + "</FONT>"
  }

  private func html(_ table: HTMLTable) -> String {
    var open = [
      "BORDER=\"\(table.border)\"", "CELLBORDER=\"\(table.cellBorder)\"",
      "CELLPADDING=\"\(table.cellPadding)\"", "CELLSPACING=\"\(table.cellSpacing)\"",
    ]
    if let background = table.background {
      open.append("BGCOLOR=\"\(attribute(background.rawValue))\"")
    }
    if let color = table.color { open.append("COLOR=\"\(attribute(color.rawValue))\"") }
    let rows = table.rows.map { "<TR>" + $0.map(html).joined() + "</TR>" }
    return "<TABLE " + open.joined(separator: " ") + ">" + rows.joined() + "</TABLE>"
  }

  private func html(_ cell: HTMLCell) -> String {
    var open = ["ALIGN=\"\(cell.alignment.rawValue)\"", "BALIGN=\"\(cell.alignment.rawValue)\""]
    if cell.columnSpan > 1 { open.append("COLSPAN=\"\(cell.columnSpan)\"") }
    if let background = cell.background {
      open.append("BGCOLOR=\"\(attribute(background.rawValue))\"")
    }
    if let border = cell.border { open.append("BORDER=\"\(border)\"") }
    if let color = cell.color { open.append("COLOR=\"\(attribute(color.rawValue))\"") }
    if let sides = cell.sides { open.append("SIDES=\"\(attribute(sides))\"") }
    if let line = cell.line, line == .dashed || line == .dotted {
      open.append("STYLE=\"\(line.rawValue)\"")
    }
    if let width = cell.width { open.append("WIDTH=\"\(width)\"") }
    let body = cell.lines.map(html).joined(separator: "<BR/>")
    return "<TD " + open.joined(separator: " ") + ">" + body + "</TD>"
  }

  private func attribute(_ text: String) -> String {
    DOTEscaping.escape(text, for: .html)
  }

  private func number(_ value: Double) -> String {
    switch value.dotValue {
    case .text(let text): text
    case .html: ""
    }
  }
}
