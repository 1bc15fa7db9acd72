import SIMModel

/// One intercept as a banded column: a heading, the decision points, and a band below them with
/// resources hanging under the step they sit at, figures, gaps and information sharing.
///
/// The band is a cluster holding the steps and everything under them, and it ends in the
/// column's community box, so no node outside the clusters ties bands together (which let
/// Graphviz put the bands out of order). A step without resources gets an invisible spacer under
/// it, which keeps the band as wide as its steps and keeps long invisible edges (which let
/// Graphviz reorder a row) away from the spine.
///
/// No visible line crosses from one band to the next: Graphviz 2.42 draws a flat edge between
/// adjacent nodes of two clusters as two curves. Instead the spine and the community band run
/// to invisible stubs at the band's sides, and only invisible edges join the stubs.
struct InterceptColumn {
  let map: Map
  let theme: Theme
  let intercept: Intercept
  let stops: [Spine.Stop]
  /// Full text for a breakout group instead of the map's short boxes.
  let isDetailed: Bool
  /// Whether the spine and community band come in from the left.
  var continuesFromLeft = true
  /// Whether the spine and community band go on to the right.
  var continuesToRight = true
  /// Analysis notes stacked under the information sharing, on the opportunities view.
  var overlay: [OverlayNote] = []

  /// The parts of a built column.
  struct Parts {
    /// The heading box, to sit above the steps.
    var heading: DOTNode
    /// The ids of the steps, left to right.
    var stops: [String]
    /// The ids on the spine row, left to right: the entry stub, the steps, the exit stub.
    var row: [String]
    /// The band: the steps, everything under them and a community box at the foot.
    var band: DOTSubgraph
    /// The community box at the foot of the band.
    var community: String
    /// The ids on the community row, left to right: stubs and the community box.
    var communityRow: [String]
  }

  /// The column's parts.
  func build() -> Parts {
    let number = intercept.number.value
    var band = DOTSubgraph.cluster("i\(number)", attributes: bandAttributes)
    for stop in stops { band.add(stopNode(stop)) }
    var bottoms: [String] = []
    for (lane, resources) in lanes().enumerated() {
      var above = stops[lane].id
      if resources.isEmpty {
        let spacer = DOTNode(
          "i\(number)_spacer\(lane)", [.shape: Theme.Shape.point, .width: 0.01, .style: "invis"])
        band.add(spacer)
        band.add(DOTEdge.invisible(above, spacer.id, weight: 10))
        above = spacer.id
      }
      for (index, resource) in resources {
        let node = resourceNode(resource, index: index)
        band.add(node)
        band.add(DOTEdge.invisible(above, node.id, weight: 10))
        above = node.id
      }
      bottoms.append(above)
    }
    var tiers = Tiers(subgraph: band, bottoms: bottoms)
    let width = max(stops.count, 1)
    if let figures = figuresNode() { tiers.stack([figures], width: 1, name: figures.id) }
    tiers.stack(gapNodes(), width: min(width, 3), name: "i\(number)_gaps")
    tiers.stack(exchangeNodes(), width: min(width, 2), name: "i\(number)_sharing")
    tiers.stack(overlayNodes(), width: min(width, 2), name: "i\(number)_overlay")
    let community = communityNode
    tiers.stack([community], width: 1, name: community.id)
    band = tiers.subgraph
    let row = addLine(
      through: stops.map(\.id), stub: "i\(number)_spine", style: theme.spine, to: &band)
    let communityRow = addLine(
      through: [community.id], stub: "i\(number)_community", style: communityLine, to: &band)
    return Parts(
      heading: headingNode, stops: stops.map(\.id), row: row, band: band,
      community: community.id, communityRow: communityRow)
  }

  /// Joins `ids` left to right with `style`, from an entry stub and to an exit stub where the
  /// line continues; returns the ids of the whole line.
  private func addLine(
    through ids: [String], stub: String, style: Theme.EdgeStyle, to band: inout DOTSubgraph
  ) -> [String] {
    var line = ids
    if continuesFromLeft { line.insert(stub + "_in", at: 0) }
    if continuesToRight { line.append(stub + "_out") }
    for id in line where !ids.contains(id) {
      band.add(DOTNode(id, [.shape: Theme.Shape.point, .width: 0.01, .style: "invis"]))
    }
    for (from, to) in zip(line, line.dropFirst()) {
      var attributes = style.attributes.merging([.weight: 10])
      // Stubs are held lightly (weight 0 would let Graphviz reorder them); the heavy invisible
      // edges between bands pull them out to the band's sides.
      if !ids.contains(from) || !ids.contains(to) { attributes.set(.weight, 1) }
      if !ids.contains(to) { attributes.set(.arrowhead, Theme.Arrowhead.none) }
      band.add(DOTEdge(from, to, attributes))
    }
    return line
  }

  /// The thick line of the community band.
  private var communityLine: Theme.EdgeStyle {
    Theme.EdgeStyle(
      color: theme.community.fill ?? theme.community.border, penWidth: theme.fonts.body,
      arrowhead: .none)
  }

}
