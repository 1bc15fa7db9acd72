/// Stacks rows of boxes under what is already in a column, using rank groups and invisible
/// edges so each row sits below every box above it.
struct Tiers {
  /// The subgraph the rows and edges go into.
  var subgraph: DOTSubgraph
  /// The lowest box of each lane of the column, left to right.
  private(set) var bottoms: [String]

  /// Starts from the lowest boxes of the column's lanes.
  init(subgraph: DOTSubgraph, bottoms: [String]) {
    self.subgraph = subgraph
    self.bottoms = bottoms
  }

  /// Adds `nodes` below everything so far, `width` to a row, in the given order.
  mutating func stack(_ nodes: [DOTNode], width: Int, name: String) {
    guard !nodes.isEmpty else { return }
    let width = max(1, width)
    var start = 0
    while start < nodes.count {
      let row = Array(nodes[start..<min(start + width, nodes.count)])
      place(row, name: "\(name)_\(start / width)")
      start += width
    }
  }

  private mutating func place(_ row: [DOTNode], name: String) {
    for node in row { subgraph.add(node) }
    let ids = row.map(\.id)
    if ids.count > 1 { subgraph.add(DOTSubgraph.sameRank(name, nodes: ids)) }
    for (lane, bottom) in bottoms.enumerated() {
      subgraph.add(DOTEdge.invisible(bottom, ids[min(lane, ids.count - 1)]))
    }
    bottoms = ids
  }
}
