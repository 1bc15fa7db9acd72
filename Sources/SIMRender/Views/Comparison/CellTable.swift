/// The boxes of the comparison and progress pictures: a table of short left-aligned rows, each
/// wrapped to the theme's width, some with a tone sign before them.
struct CellTable {
  let theme: Theme
  /// Characters per line.
  let width: Int
  private(set) var rows: [[HTMLCell]] = []

  /// A table in `theme`, wrapping at the theme's detail width times `widthFactor`.
  init(theme: Theme, widthFactor: Double = 1) {
    self.theme = theme
    self.width = Int((Double(theme.runs.detailWidth) * widthFactor).rounded())
  }

  /// A bold heading row.
  mutating func heading(_ text: String) {
    add(HTMLLine.wrapping(text, width: width, style: theme.runs.detailLabel, alignment: .left))
  }

  /// A row of `text` marked with `tone`'s sign and style.
  mutating func item(_ text: String, tone: ChangeTone) {
    let style = tone.style(theme)
    let wrapped = TextWrapper.wrap(text, width: width - 2)
    let lines = wrapped.enumerated().map { index, line in
      HTMLLine(HTMLRun((index == 0 ? tone.sign + " " : "   ") + line, style), alignment: .left)
    }
    add(lines)
  }

  /// A plain row of detail text.
  mutating func note(_ text: String, bold: Bool = false) {
    let style = bold ? theme.runs.detailLabel : theme.runs.detail
    add(HTMLLine.wrapping(text, width: width, style: style, alignment: .left))
  }

  /// The table as a plaintext node's label.
  var label: HTMLLabel {
    let body = rows.isEmpty ? [[HTMLCell([HTMLLine(HTMLRun(" "))])]] : rows
    return HTMLLabel(
      table: HTMLTable(
        rows: body, border: 1, cellBorder: 0, cellSpacing: 0, cellPadding: 3,
        background: theme.palette.background, color: theme.palette.line))
  }

  /// A node drawing the table.
  func node(_ id: String) -> DOTNode {
    DOTNode(id, [.shape: Theme.Shape.plaintext, .label: label])
  }

  private mutating func add(_ lines: [HTMLLine]) {
    rows.append([HTMLCell(lines, alignment: .left)])
  }
}
