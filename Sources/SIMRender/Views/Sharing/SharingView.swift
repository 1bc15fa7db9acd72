import SIMModel

/// Who shares what with whom: agencies grouped by sector, justice on the left, health and
/// behavioral health on the right, everyone else between, and each exchange as a labelled arrow
/// styled by status, with a hollow head when no legal basis is named.
struct SharingView {
  let theme: Theme

  /// The map's DOT graph.
  func graph(for map: Map) -> DOTGraph {
    let directory = AgencyDirectory(map)
    var graph = DOTGraph(
      name: "information_sharing",
      attributes: theme.graphAttributes.merging(layoutAttributes).merging(
        TitleBlock(map: map, theme: theme).attributes(subject: "information sharing")),
      nodeDefaults: theme.nodeDefaults, edgeDefaults: theme.edgeDefaults)
    var previous: [String] = []
    for side in SectorSide.allCases {
      let members = directory.entries.filter { $0.side == side }
      guard !members.isEmpty else { continue }
      graph.add(cluster(side, members: members, map: map))
      order(after: previous, before: members.map(\.id), side: side, in: &graph)
      previous = members.map(\.id)
    }
    addExchanges(of: map, directory: directory, to: &graph)
    var side = [SharingLegend(theme: theme).node()]
    if let table = AgreementTable(map: map, theme: theme).node() { side.insert(table, at: 0) }
    for node in side { graph.add(node) }
    graph.add(DOTSubgraph.sameRank("tables", nodes: side.map(\.id)))
    order(after: previous, before: side.map(\.id), side: nil, in: &graph)
    return graph
  }

  private var layoutAttributes: DOTAttributes {
    [
      .rankdir: "LR", .newrank: true, .splines: "spline",
      .ranksep: theme.spacing.rankSeparation * 4,
    ]
  }

  private func cluster(_ side: SectorSide, members: [AgencyDirectory.Entry], map: Map)
    -> DOTSubgraph
  {
    let heading = HTMLLabel(
      lines: HTMLLine.wrapping(side.title, width: 30, style: theme.runs.heading))
    var cluster = DOTSubgraph.cluster(
      "side_\(side.rawValue)",
      attributes: [
        .label: heading, .labelloc: "t", .style: "rounded", .color: theme.palette.line, .margin: 14,
      ])
    for entry in members { cluster.add(agencyNode(entry)) }
    return cluster
  }

  /// Puts every box of `later` to the right of every box of `earlier` through an invisible
  /// divider, leaving each side free to spread over several ranks so exchanges within a side
  /// are drawn as ordinary labelled arrows.
  private func order(
    after earlier: [String], before later: [String], side: SectorSide?, in graph: inout DOTGraph
  ) {
    guard !earlier.isEmpty, !later.isEmpty else { return }
    let divider = "divider_" + (side.map { String($0.rawValue) } ?? "tables")
    graph.add(DOTNode(divider, [.shape: Theme.Shape.point, .width: 0.01, .style: "invis"]))
    for id in earlier { graph.add(DOTEdge.invisible(id, divider, weight: 0)) }
    for id in later { graph.add(DOTEdge.invisible(divider, id, weight: 0)) }
  }

  private func agencyNode(_ entry: AgencyDirectory.Entry) -> DOTNode {
    let runs = theme.runs
    var builder = LabelBuilder()
    guard let agency = entry.agency else {
      builder.add(entry.name, runs.name, width: runs.nameWidth)
      builder.add("(not listed under agencies)", runs.marker, width: runs.detailWidth)
      var style = theme.agencyStyle(for: .other)
      style.line = .dashed
      return DOTNode(entry.id, style.attributes.merging([.label: builder.label]))
    }
    builder.add(agency.displayName, runs.name, width: runs.nameWidth)
    if agency.shortName != nil, agency.name != agency.displayName {
      builder.add(agency.name, runs.detail, width: runs.detailWidth)
    }
    var flags: [String] = []
    if agency.isHIPAACoveredEntity == true { flags.append("HIPAA covered entity") }
    if agency.isPart2Program == true { flags.append("Part 2 program") }
    builder.add(flags.joined(separator: " · "), runs.note, width: runs.detailWidth)
    let style = theme.agencyStyle(for: agency.sector)
    return DOTNode(entry.id, style.attributes.merging([.label: builder.label]))
  }

  /// Adds each exchange as an arrow. An arrow from a later side to an earlier one (health to
  /// justice, say) is written left to right with `dir=back`, so every arrow helps rank the sides
  /// in order instead of fighting them; its head is drawn at the receiver all the same.
  private func addExchanges(of map: Map, directory: AgencyDirectory, to graph: inout DOTGraph) {
    let text = ExchangeLabel(map: map, theme: theme)
    for exchange in map.exchanges {
      guard let from = directory.entry(for: exchange.from),
        let to = directory.entry(for: exchange.to)
      else { continue }
      var attributes = theme.exchanges[exchange.status].attributes
      let head =
        Wording.hasLegalBasis(exchange)
        ? theme.exchanges[exchange.status].arrowhead : theme.exchanges.withoutLegalBasis
      attributes.set(.label, text.edge(exchange))
      guard to.side.rawValue < from.side.rawValue else {
        attributes.set(.arrowhead, head)
        graph.add(DOTEdge(from.id, to.id, attributes))
        continue
      }
      attributes[.arrowhead] = nil
      attributes.set(.arrowtail, head)
      attributes.set(.dir, "back")
      graph.add(DOTEdge(to.id, from.id, attributes))
    }
  }

}
