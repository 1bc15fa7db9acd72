import SIMAnalysis
import SIMModel

/// The progress picture of a diff: what changed at each intercept, marked as progress (+),
/// setback (−) or neutral (=), and the priorities' action steps below.
struct ProgressView {
  let theme: Theme

  /// The diff's DOT graph.
  func graph(for diff: MapDiff) -> DOTGraph {
    var graph = DOTGraph(
      name: "progress",
      attributes: theme.graphAttributes.merging([
        .rankdir: "TB", .newrank: true, .remincross: false, .label: title(diff), .labelloc: "t",
        .labeljust: "c",
      ]),
      nodeDefaults: theme.nodeDefaults, edgeDefaults: theme.edgeDefaults)
    let cells = InterceptNumber.all.map { number in
      ProgressCell(theme: theme, diff: diff).node(for: number)
    }
    let bottom = BandedRows(theme: theme, continuum: diff.new.continuum)
      .add(to: &graph, rows: [(name: "Changes", cells: cells)])
    graph.add(priorities(diff))
    graph.add(legend)
    graph.add(DOTEdge(bottom, "priorities", [.style: "invis", .minlen: 2]))
    graph.add(DOTSubgraph.sameRank("foot", nodes: ["priorities", "legend"]))
    graph.add(DOTEdge.invisible("priorities", "legend"))
    return graph
  }

  private func title(_ diff: MapDiff) -> HTMLLabel {
    let runs = theme.runs
    let width = runs.nameWidth * 4
    var builder = LabelBuilder()
    builder.add("Progress of \(diff.new.place)", runs.title, width: width)
    let (old, new) = (mapping(diff.old), mapping(diff.new))
    let span =
      old == new
      ? "From \(fileName(diff.old)) to \(fileName(diff.new))" : "From \(old) to \(new)"
    builder.add(span, runs.subtitle, width: width * 2)
    let tally = diff.tally.isEmpty ? "No changes" : diff.tally.joined(separator: ", ")
    var note = runs.note
    note.color = theme.palette.mutedText
    builder.add(tally, note, width: width * 2)
    return builder.label
  }

  /// The workshop dates when the map has them, else the file name.
  private func mapping(_ summary: MapSummary) -> String {
    DateText.span(summary.workshopDates).map { "the mapping of \($0)" } ?? fileName(summary)
  }

  private func fileName(_ summary: MapSummary) -> String {
    summary.file.split(separator: "/").last.map(String.init) ?? summary.file
  }

  private var legend: DOTNode {
    var table = CellTable(theme: theme)
    table.heading("How to read the boxes")
    table.item("progress: added, closed, now in place or further along", tone: .gain)
    table.item("a setback: ended, opened, removed or further back", tone: .loss)
    table.item("neither: renamed, moved, or no new steps done", tone: .same)
    return table.node("legend")
  }

  private func priorities(_ diff: MapDiff) -> DOTNode {
    var table = CellTable(theme: theme, widthFactor: 2)
    table.heading("Priorities and action steps")
    if diff.priorities.isEmpty { table.item("no priorities on either map", tone: .quiet) }
    for progress in diff.priorities {
      let done = "\(progress.stepsDone) of \(progress.stepsTotal) steps done"
      switch progress.kind {
      case .continued:
        let tone: ChangeTone = progress.newlyDone.isEmpty ? .same : .gain
        let since = progress.newlyDone.isEmpty ? "" : " (\(progress.newlyDone.count) since)"
        table.item("\(progress.rank). \(progress.title): \(done)\(since)", tone: tone)
      case .added: table.item("New: \(progress.rank). \(progress.title): \(done)", tone: .gain)
      case .dropped: table.item("Dropped: \(progress.title)", tone: .loss)
      }
    }
    return table.node("priorities")
  }
}
