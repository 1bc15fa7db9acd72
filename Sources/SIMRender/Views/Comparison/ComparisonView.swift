import SIMAnalysis
import SIMModel

/// The comparison picture: both maps intercept by intercept, ours above theirs, with every
/// practice row marked by whether this map, the other, both or neither runs it.
struct ComparisonView {
  let theme: Theme

  /// The comparison's DOT graph.
  func graph(for comparison: MapComparison) -> DOTGraph {
    var graph = DOTGraph(
      name: "comparison",
      attributes: theme.graphAttributes.merging([
        .rankdir: "TB", .newrank: true, .remincross: false, .label: title(comparison),
        .labelloc: "t", .labeljust: "c",
      ]),
      nodeDefaults: theme.nodeDefaults, edgeDefaults: theme.edgeDefaults)
    let rows = [
      (name: "\(comparison.ours.place) (ours)", cells: cells(comparison, ours: true)),
      (name: "\(comparison.theirs.place) (theirs)", cells: cells(comparison, ours: false)),
    ]
    let bottom = BandedRows(theme: theme, continuum: comparison.ours.continuum)
      .add(to: &graph, rows: rows)
    graph.add(legend)
    graph.add(DOTEdge(bottom, "legend", [.style: "invis", .minlen: 2]))
    return graph
  }

  private func title(_ comparison: MapComparison) -> HTMLLabel {
    let runs = theme.runs
    let width = runs.nameWidth * 4
    var builder = LabelBuilder()
    builder.add(
      "\(comparison.ours.place) compared with \(comparison.theirs.place)", runs.title,
      width: width)
    let similarity = comparison.similarity
    builder.add(
      "Sequential Intercept Model comparison — similarity \(similarity.percent)%", runs.subtitle,
      width: width * 2)
    let parts = similarity.parts.map { part in
      "\(part.factor.label) " + (part.score.map(Similarity.decimal) ?? "left out")
        + " × \(Similarity.decimal(part.weight))"
    }
    var note = runs.note
    note.color = theme.palette.mutedText
    builder.add(
      Similarity.formula + ": " + parts.joined(separator: ", "), note, width: width * 2)
    return builder.label
  }

  private func cells(_ comparison: MapComparison, ours: Bool) -> [DOTNode] {
    comparison.intercepts.map { intercept in
      var table = CellTable(theme: theme)
      add("Core practices", intercept.core, ours: ours, to: &table)
      add("Other practices", intercept.other, ours: ours, to: &table)
      let side = ours ? intercept.ours : intercept.theirs
      table.note("Resources: \(side.resources.count) · Gaps: \(side.gaps.count)")
      let sharing = Exchange.Status.allCases.compactMap { status -> String? in
        let count = side.exchanges(status).count
        return count == 0 ? nil : "\(count) \(status.label)"
      }
      table.note("Sharing: " + (sharing.isEmpty ? "none" : sharing.joined(separator: ", ")))
      table.note(
        "Core practices running: \(side.coverage.present.count) of \(side.coverage.total)",
        bold: true)
      return table.node("band\(intercept.number.value)_\(ours ? "ours" : "theirs")")
    }
  }

  private func add(
    _ heading: String, _ rows: [PracticeComparison], ours: Bool, to table: inout CellTable
  ) {
    guard !rows.isEmpty else { return }
    table.heading(heading)
    for row in rows {
      let mine = ours ? row.ours : row.theirs
      let planned = mine == .planned ? " (planned)" : ""
      table.item(row.practice.name + planned, tone: tone(row.difference, ours: ours))
    }
  }

  private func tone(_ difference: PracticeComparison.Difference, ours: Bool) -> ChangeTone {
    switch difference {
    case .both: .same
    case .neither: .quiet
    case .onlyOurs: ours ? .gain : .loss
    case .onlyTheirs: ours ? .loss : .gain
    }
  }

  private var legend: DOTNode {
    var table = CellTable(theme: theme)
    table.heading("How to read the boxes")
    table.item("this map runs the practice and the other does not", tone: .gain)
    table.item("the other map runs it and this one does not", tone: .loss)
    table.item("both maps run it", tone: .same)
    table.item("neither map runs it: a core practice both lack, or one planned", tone: .quiet)
    table.note(
      "Practices sit under the intercept the practice catalog gives them. Sharing counts "
        + "exchanges by status; core practices running are counted as simmap analyze counts them.")
    return table.node("legend")
  }
}
