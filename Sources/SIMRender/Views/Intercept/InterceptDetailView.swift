import SIMModel

/// One intercept in full detail for a breakout group: its steps in a row between the
/// neighbouring intercepts' steps, every resource with description, capacity, hours and figures,
/// its gaps and the information shared there.
struct InterceptDetailView {
  let theme: Theme
  let number: InterceptNumber

  /// The map's DOT graph for the intercept.
  func graph(for map: Map) -> DOTGraph {
    let spine = Spine(map)
    let heading = Wording.interceptHeading(number, continuum: map.continuum)
    var graph = DOTGraph(
      name: "intercept_\(number.value)",
      attributes: theme.graphAttributes.merging(layoutAttributes).merging(
        TitleBlock(map: map, theme: theme).attributes(subject: heading)),
      nodeDefaults: theme.nodeDefaults, edgeDefaults: theme.edgeDefaults)
    let context = NeighbourSteps(theme: theme, spine: spine, number: number)
    let before = context.before()
    let after = context.after()
    var builder = InterceptColumn(
      map: map, theme: theme, intercept: map[intercept: number], stops: spine.stops(in: number),
      isDetailed: true)
    builder.continuesFromLeft = before != nil
    builder.continuesToRight = after != nil
    let column = builder.build()
    // Declared in row order: across a cluster's border Graphviz keeps declaration order.
    if let before { graph.add(before) }
    graph.add(column.band)
    if let after { graph.add(after) }
    let notes = context.addLoops(to: &graph)
    SpineRow().add(
      to: &graph, columns: [column], before: before?.id, after: after?.id, alsoOnRow: notes)
    if let exit = spine.exit(from: number) {
      graph.add(
        DOTEdge(exit.id, column.community, theme.exit.attributes.merging([.weight: 2])))
    }
    Legend(theme: theme).add(to: &graph, below: column.community, perRow: 5, isAligned: false)
    return graph
  }

  private var layoutAttributes: DOTAttributes {
    [
      .rankdir: "TB", .newrank: true, .remincross: false, .forcelabels: true, .splines: "spline",
    ]
  }
}
