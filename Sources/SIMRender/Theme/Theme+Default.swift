extension Theme {
  /// Colour on white, for screens and colour print.
  package static var `default`: Theme {
    let ink = Color("#263238")
    return Theme(
      name: "default",
      fonts: Fonts(title: 28, subtitle: 15, heading: 15, body: 12, detail: 10, edge: 10),
      palette: Palette(
        background: .white, text: ink, mutedText: Color("#546E7A"), line: Color("#90A4AE")),
      bands: Bands(
        fills: ["#E3F2FD", "#E8F5E9", "#FFF8E1", "#FCE4EC", "#EDE7F6", "#E0F7FA"].map(Color.init),
        border: Color("#B0BEC5"), heading: ink),
      spacing: Spacing(
        wrapWidth: 28, detailWrapWidth: 44, nodeSeparation: 0.25, rankSeparation: 0.3, pad: 0.4),
      decisionPoint: NodeStyle(penWidth: 1.5, border: ink, fill: ink, text: .white),
      localDecisionPoint: NodeStyle(
        penWidth: 1.5, peripheries: 2, border: ink, fill: .white, text: ink, marker: "local step"),
      resources: ResourceStyles(
        operating: NodeStyle(isRounded: true, border: Color("#455A64"), fill: .white, text: ink),
        limited: NodeStyle(
          line: .dashed, isRounded: true, penWidth: 1.5, border: Color("#E65100"),
          fill: Color("#FFF3E0"), text: ink, marker: "(limited)"),
        planned: NodeStyle(
          line: .dotted, isRounded: true, penWidth: 1.8, border: Color("#1565C0"),
          fill: Color("#F5F9FF"), text: ink, marker: "(planned)"),
        ended: NodeStyle(
          line: .dashed, isRounded: false, border: Color("#9E9E9E"), fill: Color("#EEEEEE"),
          text: Color("#616161"), marker: "(ended)")),
      gap: NodeStyle(
        line: .bold, hasDiagonals: true, penWidth: 2, border: Color("#C62828"),
        fill: Color("#FFEBEE"), text: Color("#8E0000"), marker: "GAP"),
      exchanges: ExchangeStyles(
        inPlace: EdgeStyle(color: Color("#2E7D32"), penWidth: 1.5, marker: "in place"),
        partial: EdgeStyle(
          line: .dashed, color: Color("#E65100"), penWidth: 1.5, marker: "partial"),
        planned: EdgeStyle(
          line: .dotted, color: Color("#1565C0"), penWidth: 1.8, marker: "planned"),
        gap: EdgeStyle(line: .bold, color: Color("#C62828"), penWidth: 2.5, marker: "GAP"),
        boxFill: .white),
      sectors: SectorColors(
        justice: Color("#BBDEFB"), behavioralHealth: Color("#C8E6C9"), health: Color("#B2DFDB"),
        socialServices: Color("#FFF9C4"), housing: Color("#FFE0B2"), education: Color("#E1BEE7"),
        community: Color("#F0F4C3"), other: Color("#ECEFF1")),
      agency: NodeStyle(border: ink, text: ink),
      spine: EdgeStyle(color: ink, penWidth: 1.5),
      exit: EdgeStyle(color: Color("#78909C")),
      violation: EdgeStyle(
        line: .dashed, color: Color("#C62828"), penWidth: 1.5, marker: "violation"),
      community: NodeStyle(
        isRounded: true, border: Color("#A5D6A7"), fill: Color("#C8E6C9"), text: Color("#1B5E20")))
  }
}
