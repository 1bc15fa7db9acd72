import SIMModel

/// The sharing view's legend as one table: a sample line per status, drawn as a cell border in
/// the status's stroke, and the two arrowheads.
struct SharingLegend {
  let theme: Theme

  /// The legend node.
  func node() -> DOTNode {
    let runs = theme.runs
    var rows: [[HTMLCell]] = [
      [HTMLCell(HTMLLine.wrapping("Legend", width: 30, style: runs.heading), columnSpan: 2)]
    ]
    for status in Exchange.Status.allCases {
      let style = theme.exchanges[status]
      var sample = HTMLCell([HTMLLine(HTMLRun(" ", runs.detail))])
      sample.border = max(Int(style.penWidth.rounded()), 1)
      sample.sides = "B"
      sample.color = style.color
      sample.line = style.line
      sample.width = 60
      let text = "exchange " + (style.marker ?? status.label)
      rows.append([sample, HTMLCell([HTMLLine(HTMLRun(text, runs.detail))], alignment: .left)])
    }
    let heads = [
      ("▶", "filled head: a legal basis is named"),
      ("▷", "hollow head: no legal basis identified"),
    ]
    for (glyph, text) in heads {
      rows.append([
        HTMLCell([HTMLLine(HTMLRun("———" + glyph, runs.detail))], alignment: .left),
        HTMLCell([HTMLLine(HTMLRun(text, runs.detail))], alignment: .left),
      ])
    }
    let table = HTMLTable(
      rows: rows, border: 1, cellBorder: 0, cellSpacing: 4, cellPadding: 2,
      background: theme.palette.background, color: theme.palette.line)
    return DOTNode(
      NodeID.legend("table"), [.shape: Theme.Shape.plaintext, .label: HTMLLabel(table: table)])
  }
}
