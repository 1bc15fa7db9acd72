import SIMModel

/// The frame the comparison and progress pictures share: intercepts 0 to 5 as banded columns
/// read left to right, a heading over each, and rows of boxes across them, each row named in a
/// column at the left.
///
/// Every row is one `rank=same` group joined left to right by invisible edges, and each band
/// stacks its heading and boxes with invisible edges, so bands and rows keep their order.
struct BandedRows {
  let theme: Theme
  let continuum: Continuum

  /// Adds the bands to `graph`: `rows` are (name, one node per intercept), top to bottom.
  /// - Returns: the id of the lowest row's name, to hang more below.
  @discardableResult
  func add(to graph: inout DOTGraph, rows: [(name: String, cells: [DOTNode])]) -> String {
    var rowNames: [String] = ["row_heading"]
    graph.add(DOTNode("row_heading", [.shape: Theme.Shape.plaintext, .label: " "]))
    for (index, row) in rows.enumerated() {
      let id = "row_\(index)"
      let label = HTMLLabel(
        lines: HTMLLine.wrapping(
          row.name, width: theme.runs.nameWidth / 2, style: theme.runs.heading))
      graph.add(DOTNode(id, [.shape: Theme.Shape.plaintext, .label: label]))
      rowNames.append(id)
    }
    var columns: [[String]] = []
    for number in InterceptNumber.all {
      var band = DOTSubgraph.cluster("band\(number.value)", attributes: bandAttributes(number))
      let heading = headingNode(number)
      band.add(heading)
      var ids = [heading.id]
      for row in rows where number.value < row.cells.count {
        band.add(row.cells[number.value])
        band.add(DOTEdge.invisible(ids[ids.count - 1], row.cells[number.value].id, weight: 10))
        ids.append(row.cells[number.value].id)
      }
      graph.add(band)
      columns.append(ids)
    }
    for (index, name) in rowNames.enumerated() {
      let row = [name] + columns.compactMap { index < $0.count ? $0[index] : nil }
      graph.add(DOTSubgraph.sameRank("row\(index)", nodes: row))
      for (left, right) in zip(row, row.dropFirst()) {
        graph.add(DOTEdge.invisible(left, right, weight: 100))
      }
    }
    return rowNames[rowNames.count - 1]
  }

  private func headingNode(_ number: InterceptNumber) -> DOTNode {
    var builder = LabelBuilder()
    var title = theme.runs.subtitle
    title.color = theme.bands.heading
    var heading = theme.runs.heading
    heading.color = theme.bands.heading
    builder.add("Intercept \(number.value)", heading, width: theme.runs.headingWidth)
    builder.add(number.title(for: continuum), title, width: theme.runs.headingWidth)
    return DOTNode(
      "band\(number.value)_heading", [.shape: Theme.Shape.plaintext, .label: builder.label])
  }

  private func bandAttributes(_ number: InterceptNumber) -> DOTAttributes {
    [
      .label: "", .style: "filled", .fillcolor: theme.bands.fill(for: number),
      .color: theme.bands.border, .margin: 10,
    ]
  }
}
