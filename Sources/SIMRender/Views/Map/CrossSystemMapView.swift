import SIMAnalysis
import SIMModel

/// The cross-system map: intercepts 0 to 5 as banded columns read left to right, the
/// decision-point spine as one row, resources, gaps and information sharing under each intercept,
/// a community band at the foot and a legend.
///
/// Layout follows graphviz-and-yaml.md §9a: `rankdir=TB` with `newrank`, one cluster per
/// intercept, every spine step in one `rank=same` group, column contents hung below through
/// invisible edges, and loops drawn with `constraint=false` so they cannot move the columns.
struct CrossSystemMapView {
  let theme: Theme
  /// The analysis to mark in the columns, for the opportunities view; nil for the plain map.
  var analysis: Analysis?

  /// The map's DOT graph.
  func graph(for map: Map) -> DOTGraph {
    let spine = Spine(map)
    var graph = DOTGraph(
      name: "cross_system_map",
      attributes: theme.graphAttributes.merging(layoutAttributes).merging(
        TitleBlock(map: map, theme: theme).attributes(
          subject: analysis == nil ? "cross-system map" : "opportunities for change")),
      nodeDefaults: theme.nodeDefaults, edgeDefaults: theme.edgeDefaults)
    let columns = map.intercepts.map { intercept in
      var column = InterceptColumn(
        map: map, theme: theme, intercept: intercept, stops: spine.stops(in: intercept.number),
        isDetailed: false)
      column.continuesFromLeft = intercept.number != InterceptNumber.all.first
      column.continuesToRight = intercept.number != InterceptNumber.all.last
      if let analysis {
        column.overlay = OpportunityNotes.notes(in: analysis, at: intercept.number)
      }
      return column.build()
    }
    for column in columns { graph.add(column.band) }
    SpineRow().add(to: &graph, columns: columns)
    addViolationLoops(spine, to: &graph)
    for number in InterceptNumber.all {
      if let exit = spine.exit(from: number) {
        graph.add(
          DOTEdge(exit.id, NodeID.community(number), theme.exit.attributes.merging([.weight: 2])))
      }
    }
    var legend = Legend(theme: theme)
    legend.includesOverlay = analysis != nil
    legend.add(to: &graph, below: columns[0].community, perRow: 10)
    return graph
  }

  private var layoutAttributes: DOTAttributes {
    [
      .rankdir: "TB", .newrank: true, .remincross: false, .forcelabels: true, .splines: "spline",
    ]
  }

  private func addViolationLoops(_ spine: Spine, to graph: inout DOTGraph) {
    for loop in spine.violationLoops(avoidingNeighbours: true) {
      var attributes = theme.violation.attributes.merging([.constraint: false])
      if let marker = theme.violation.marker {
        attributes.set(
          .xlabel, HTMLLabel(lines: [HTMLLine(HTMLRun(marker, theme.runs.edgeMarker))]))
      }
      graph.add(DOTEdge(loop.from.id, loop.to.id, attributes))
    }
  }
}
