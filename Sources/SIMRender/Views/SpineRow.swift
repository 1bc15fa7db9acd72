/// The headings over the columns, and the spine and community rows through them.
///
/// The graph must set `remincross=false`: Graphviz 2.42's second crossing pass ignores flat
/// edges inside clusters and shuffles the steps. Bands keep their order because they are
/// declared in order and joined by invisible edges between their stubs.
struct SpineRow {
  /// Adds the headings and puts each row on one rank.
  ///
  /// - Parameters:
  ///   - columns: the built columns, left to right.
  ///   - before: a box to the left of the first column's row, outside the bands.
  ///   - after: a box to the right of the last column's row, outside the bands.
  ///   - alsoOnRow: boxes at the end of the spine row, joined to nothing.
  func add(
    to graph: inout DOTGraph, columns: [InterceptColumn.Parts], before: String? = nil,
    after: String? = nil, alsoOnRow: [String] = []
  ) {
    for column in columns { graph.add(column.heading) }
    let headings = columns.map(\.heading.id)
    graph.add(DOTSubgraph.sameRank("headings", nodes: headings))
    for (left, right) in zip(headings, headings.dropFirst()) {
      graph.add(DOTEdge.invisible(left, right))
    }
    for column in columns {
      for stop in column.stops { graph.add(DOTEdge.invisible(column.heading.id, stop)) }
    }
    let groups =
      [before].compactMap { $0 }.map { [$0] } + columns.map(\.row)
      + [after].compactMap { $0 }.map { [$0] }
    graph.add(DOTSubgraph.sameRank("spine", nodes: Array(groups.joined()) + alsoOnRow))
    join(groups, in: &graph)
    let community = columns.map(\.communityRow)
    graph.add(DOTSubgraph.sameRank("community", nodes: Array(community.joined())))
    join(community, in: &graph)
  }

  /// Heavy invisible edges from the end of each group to the start of the next, which keep the
  /// groups in order and pull the stubs at their ends out to the bands' sides.
  private func join(_ groups: [[String]], in graph: inout DOTGraph) {
    for (left, right) in zip(groups, groups.dropFirst()) {
      if let last = left.last, let first = right.first {
        graph.add(DOTEdge.invisible(last, first, weight: 100))
      }
    }
  }
}
