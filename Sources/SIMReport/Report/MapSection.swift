import SIMModel

/// The cross-system map, drawn by Graphviz, with a text alternative that says what it shows.
struct MapSection {
  let context: ReportContext
  /// The picture's SVG, or nil when it was not drawn.
  let svg: String?

  func section() -> ReportSection {
    let map = context.map
    let figure = ReportFigure(
      id: "cross-system-map", svg: svg, alternative: alternative,
      caption: [
        .strong("The cross-system map of \(map.jurisdiction.name). "),
        .text(
          "Intercepts run left to right as columns, with the decision points along the top. "
            + "Under each intercept are its resources (dashed boxes: limited, dotted: planned, "
            + "grey: ended), the gaps the workshop named (red) and the information exchanges. "
            + "The legend is at the foot of the picture. The picture is drawn as vector "
            + "graphics: zoom in to read the labels. Everything it shows is also listed in "
            + "the tables that follow."),
      ], fileSuffix: ".map.svg")
    return ReportSection(
      id: "map", title: "The cross-system map", level: 2, blocks: [.figure(figure)],
      startsPage: true, isLandscape: true)
  }

  private var alternative: String {
    let map = context.map
    let resources = map.allResources.count
    let gaps = map.allGaps.count
    return "Cross-system map of \(map.jurisdiction.name): six intercept columns, from "
      + context.interceptTitle(InterceptNumber.all[0]) + " to "
      + context.interceptTitle(InterceptNumber.all[5]) + ", showing "
      + ReportWording.count(resources, "resource", "resources") + ", "
      + ReportWording.count(gaps, "gap", "gaps") + " and "
      + ReportWording.count(map.exchanges.count, "information exchange", "information exchanges")
      + ". The same content is listed in the tables of the following sections."
  }
}
