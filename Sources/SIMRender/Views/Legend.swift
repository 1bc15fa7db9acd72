import SIMModel

/// A legend drawn with the same styles as the picture, so it cannot drift from what it explains.
///
/// It is a plain subgraph, not a cluster: a cluster's label takes room from the row above it,
/// which pushed the legend's box into the community band.
struct Legend {
  let theme: Theme
  /// Whether to explain the analysis notes of the opportunities view too.
  var includesOverlay = false

  init(theme: Theme) {
    self.theme = theme
  }

  /// Adds the legend hung below `anchor`, at most `perRow` samples to a row, kept in order by
  /// invisible edges; `isAligned` starts it under the anchor rather than wherever it fits.
  func add(to graph: inout DOTGraph, below anchor: String, perRow: Int, isAligned: Bool = true) {
    var legend = DOTSubgraph(id: "legend")
    legend.add(heading)
    var boxes =
      stepSamples + resourceSamples + [sample("gap", theme.gap, "Gap named at the workshop")]
    if includesOverlay {
      boxes += [
        sample("missing", theme.missingPractice, "Core practice the map does not show"),
        sample("opportunity", theme.opportunity, "Agencies that could share information"),
      ]
    }
    for node in boxes + exchangeSamples { legend.add(node) }
    let groups: [[[String]]] = [
      [[NodeID.legend("heading")]] + boxes.map { [$0.id] },
      exchangeSamples.map { [$0.id] } + addPathSamples(to: &legend),
    ]
    var rows: [[String]] = []
    for group in groups {
      rows.append([])
      for item in group {
        if let last = rows.last, !last.isEmpty, last.count + item.count > max(perRow, 2) {
          rows.append([])
        }
        rows[rows.count - 1] += item
      }
    }
    var above = anchor
    for (index, row) in rows.enumerated() where !row.isEmpty {
      legend.add(DOTSubgraph.sameRank("legend_\(index)", nodes: row))
      for (left, right) in zip(row, row.dropFirst()) where !isLine(left, right) {
        legend.add(DOTEdge.invisible(left, right))
      }
      var link = DOTEdge.invisible(above, row[0])
      if above == anchor {
        link.attributes.set(.minlen, 2)
        if !isAligned { link.attributes.set(.weight, 0) }
      }
      legend.add(link)
      above = row[0]
    }
    graph.add(legend)
  }

  /// Whether two neighbours are the ends of a sample line, which already orders them.
  private func isLine(_ left: String, _ right: String) -> Bool {
    left.hasSuffix("_text") && right.hasSuffix("_end")
  }

  private var heading: DOTNode {
    let label = HTMLLabel(lines: [HTMLLine(HTMLRun("Legend", theme.runs.heading))])
    return DOTNode(NodeID.legend("heading"), [.shape: Theme.Shape.plaintext, .label: label])
  }

  private var stepSamples: [DOTNode] {
    [
      sample("step", theme.decisionPoint, "Decision point"),
      sample("local_step", theme.localDecisionPoint, "Local step added by the map"),
    ]
  }

  private var resourceSamples: [DOTNode] {
    Resource.Status.allCases.map { status in
      sample("resource_\(status.rawValue)", theme.resources[status], "Resource: \(status.label)")
    }
  }

  private var exchangeSamples: [DOTNode] {
    Exchange.Status.allCases.map { status in
      let style = theme.exchanges[status].boxStyle(
        fill: theme.exchanges.boxFill, text: theme.palette.text)
      return sample("exchange_\(status.rawValue)", style, "Information sharing: \(status.label)")
    }
  }

  /// A box in `style` with `text`, followed by the style's marker like the real boxes.
  func sample(_ name: String, _ style: Theme.NodeStyle, _ text: String) -> DOTNode {
    let runs = theme.runs
    var builder = LabelBuilder()
    if style == theme.gap, let marker = style.marker { builder.add(marker, runs.marker, width: 40) }
    builder.add(text, runs.detailLabel, width: runs.detailWidth)
    if style != theme.gap, let marker = style.marker {
      builder.add(marker, runs.marker, width: runs.detailWidth)
    }
    return DOTNode(NodeID.legend(name), style.attributes.merging([.label: builder.label]))
  }

  /// Short lines for the spine, an exit to the community and a violation loop, each drawn from
  /// its description to an invisible point (orthogonal edges cannot carry labels).
  private func addPathSamples(to cluster: inout DOTSubgraph) -> [[String]] {
    let samples: [(String, Theme.EdgeStyle, String)] = [
      ("next", theme.spine, "next step"),
      ("exit", theme.exit, "leaves to the community"),
      ("violation", theme.violation, "violation returns to detention"),
    ]
    var ids: [[String]] = []
    for (name, style, text) in samples {
      let from = NodeID.legend(name + "_text")
      let to = NodeID.legend(name + "_end")
      let label = HTMLLabel(lines: [HTMLLine(HTMLRun(text, theme.runs.detail))])
      cluster.add(DOTNode(from, [.shape: Theme.Shape.plaintext, .label: label]))
      cluster.add(DOTNode(to, [.shape: Theme.Shape.point, .width: 0.05, .style: "invis"]))
      cluster.add(DOTEdge(from, to, style.attributes.merging([.minlen: 2])))
      ids.append([from, to])
    }
    return ids
  }
}
