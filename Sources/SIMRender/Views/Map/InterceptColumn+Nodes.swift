import SIMModel

extension InterceptColumn {
  /// The heading box over the column.
  var headingNode: DOTNode {
    let runs = theme.runs
    var number = runs.heading
    number.color = theme.bands.heading
    var title = runs.subtitle
    title.color = theme.bands.heading
    var builder = LabelBuilder()
    builder.add("Intercept \(intercept.number.value)", number, width: runs.headingWidth)
    builder.add(intercept.number.title(for: map.continuum), title, width: runs.headingWidth)
    let fill = theme.bands.fill(for: intercept.number)
    return DOTNode(
      "i\(intercept.number.value)_heading",
      [
        .shape: Theme.Shape.box, .style: "filled", .fillcolor: fill, .color: theme.bands.border,
        .label: builder.label, .margin: "0.2,0.08",
      ])
  }

  /// The community box at the foot of the band.
  var communityNode: DOTNode {
    let label = HTMLLabel(lines: [HTMLLine(HTMLRun("Community", theme.runs.name))])
    return DOTNode(
      NodeID.community(intercept.number), theme.community.attributes.merging([.label: label]))
  }

  /// The band's fill and outline.
  var bandAttributes: DOTAttributes {
    [
      .label: "", .style: "filled", .fillcolor: theme.bands.fill(for: intercept.number),
      .color: theme.bands.border, .margin: 12,
    ]
  }

  /// Each stop's resources with their index in the intercept: a resource hangs under the step
  /// its `at:` names when that step is in this intercept, otherwise under the first step.
  func lanes() -> [[(Int, Resource)]] {
    var lanes = Array(repeating: [(Int, Resource)](), count: stops.count)
    guard !lanes.isEmpty else { return [] }
    for (index, resource) in intercept.resources.enumerated() {
      let lane = stops.firstIndex { $0.point != nil && $0.point?.id == resource.decisionPoint } ?? 0
      lanes[lane].append((index, resource))
    }
    return lanes
  }

  func stopNode(_ stop: Spine.Stop) -> DOTNode {
    guard let point = stop.point else {
      let label = HTMLLabel(lines: [HTMLLine(HTMLRun("no decision points mapped", theme.runs.note))]
      )
      return DOTNode(stop.id, [.shape: Theme.Shape.plaintext, .label: label])
    }
    let text = DecisionPointLabel(theme: theme)
    return DOTNode(stop.id, text.style(point).attributes.merging([.label: text.label(point)]))
  }

  func resourceNode(_ resource: Resource, index: Int) -> DOTNode {
    let text = ResourceLabel(map: map, theme: theme)
    let label = isDetailed ? text.detailed(resource) : text.compact(resource)
    let style = theme.resources[resource.status]
    return DOTNode(
      NodeID.resource(intercept.number, index), style.attributes.merging([.label: label]))
  }

  func figuresNode() -> DOTNode? {
    guard !intercept.measures.isEmpty else { return nil }
    let runs = theme.runs
    var builder = LabelBuilder(alignment: isDetailed ? .left : .center)
    builder.add("Figures", runs.detailLabel, width: runs.detailWidth)
    for measure in intercept.measures {
      builder.add(FigureText.sentence(for: measure), runs.detail, width: runs.detailWidth)
    }
    return DOTNode(
      NodeID.figures(intercept.number), [.shape: Theme.Shape.plaintext, .label: builder.label])
  }

  func gapNodes() -> [DOTNode] {
    intercept.gaps.enumerated().map { index, gap in
      let label = GapLabel(theme: theme).label(gap, detailed: isDetailed)
      return DOTNode(
        NodeID.gap(intercept.number, index), theme.gap.attributes.merging([.label: label]))
    }
  }

  func exchangeNodes() -> [DOTNode] {
    let text = ExchangeLabel(map: map, theme: theme)
    return map.exchanges.enumerated().compactMap { index, exchange in
      guard exchange.intercept == intercept.number else { return nil }
      let style = theme.exchanges[exchange.status].boxStyle(
        fill: theme.exchanges.boxFill, text: theme.palette.text)
      let label = text.box(exchange, detailed: isDetailed)
      return DOTNode(NodeID.exchange(index), style.attributes.merging([.label: label]))
    }
  }
}
