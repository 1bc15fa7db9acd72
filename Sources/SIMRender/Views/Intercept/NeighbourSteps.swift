import SIMModel

/// The steps just outside a detailed intercept, drawn faintly so a breakout group sees where
/// people come from and go to, and violation loops that leave or enter the intercept.
struct NeighbourSteps {
  let theme: Theme
  let spine: Spine
  let number: InterceptNumber

  /// The step before the intercept's first, as a faint box.
  func before() -> DOTNode? {
    guard let index = spine.stops.firstIndex(where: { $0.intercept == number }), index > 0 else {
      return nil
    }
    return node(for: spine.stops[index - 1], id: "before", prefix: "from")
  }

  /// The step after the intercept's last, as a faint box.
  func after() -> DOTNode? {
    guard let index = spine.stops.lastIndex(where: { $0.intercept == number }),
      index + 1 < spine.stops.count
    else { return nil }
    return node(for: spine.stops[index + 1], id: "after", prefix: "to")
  }

  /// Adds violation loops with an end in the intercept, the far end as a faint box; returns the
  /// boxes that belong at the end of the spine's row.
  func addLoops(to graph: inout DOTGraph) -> [String] {
    var attributes = theme.violation.attributes.merging([.constraint: false])
    if let marker = theme.violation.marker {
      attributes.set(.xlabel, HTMLLabel(lines: [HTMLLine(HTMLRun(marker, theme.runs.edgeMarker))]))
    }
    var row: [String] = []
    for (index, loop) in spine.violationLoops(avoidingNeighbours: true).enumerated() {
      switch (loop.from.intercept == number, loop.to.intercept == number) {
      case (true, true):
        graph.add(DOTEdge(loop.from.id, loop.to.id, attributes))
      case (true, false):
        let note = node(for: loop.to, id: "loop_to_\(index)", prefix: "returns to")
        graph.add(note)
        graph.add(DOTEdge(loop.from.id, note.id, attributes.merging([.constraint: true])))
      case (false, true):
        let note = node(for: loop.from, id: "loop_from_\(index)", prefix: "from")
        graph.add(note)
        graph.add(DOTEdge(note.id, loop.to.id, attributes))
        row.append(note.id)
      case (false, false):
        continue
      }
    }
    return row
  }

  private func node(for stop: Spine.Stop, id: String, prefix: String) -> DOTNode {
    let runs = theme.runs
    var note = runs.note
    note.color = theme.palette.mutedText
    var builder = LabelBuilder()
    builder.add("\(prefix) Intercept \(stop.intercept.value)", note, width: runs.detailWidth)
    builder.add(optional: stop.point?.name, runs.detailLabel, width: runs.detailWidth)
    return DOTNode(
      "context_" + id,
      [
        .shape: Theme.Shape.box, .style: "rounded,dashed", .color: theme.palette.line,
        .fontcolor: theme.palette.mutedText, .label: builder.label,
      ])
  }
}
