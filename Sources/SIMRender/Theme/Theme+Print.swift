extension Theme {
  /// Black and white: status is carried by line style, shape and words, never by colour.
  package static var print: Theme {
    let gray = Color("#808080")
    var theme = Theme(
      name: "print",
      fonts: Fonts(title: 28, subtitle: 15, heading: 15, body: 12, detail: 10, edge: 10),
      palette: Palette(background: .white, text: .black, mutedText: Color("#404040"), line: gray),
      bands: Bands(
        fills: [Color("#F2F2F2"), .white], border: gray, heading: .black),
      spacing: Spacing(
        wrapWidth: 28, detailWrapWidth: 44, nodeSeparation: 0.25, rankSeparation: 0.3, pad: 0.4),
      decisionPoint: NodeStyle(penWidth: 2.5, border: .black, fill: .white, text: .black),
      localDecisionPoint: NodeStyle(
        penWidth: 1.5, peripheries: 2, border: .black, fill: .white, text: .black,
        marker: "local step"),
      resources: ResourceStyles(
        operating: NodeStyle(isRounded: true, fill: .white),
        limited: NodeStyle(
          line: .dashed, isRounded: true, penWidth: 1.5, fill: .white, marker: "(limited)"),
        planned: NodeStyle(
          line: .dotted, isRounded: true, penWidth: 2, fill: .white, marker: "(planned)"),
        ended: NodeStyle(
          line: .dashed, isRounded: false, border: gray, fill: Color("#E0E0E0"),
          text: Color("#404040"), marker: "(ended)")),
      gap: NodeStyle(
        line: .bold, hasDiagonals: true, penWidth: 2.5, fill: .white, marker: "GAP"),
      exchanges: ExchangeStyles(
        inPlace: EdgeStyle(penWidth: 1.2, marker: "in place"),
        partial: EdgeStyle(line: .dashed, penWidth: 1.5, marker: "partial"),
        planned: EdgeStyle(line: .dotted, penWidth: 2, marker: "planned"),
        gap: EdgeStyle(line: .bold, penWidth: 3, marker: "GAP"),
        boxFill: .white),
      sectors: SectorColors(
        justice: .white, behavioralHealth: Color("#E6E6E6"), health: Color("#E6E6E6"),
        socialServices: Color("#F5F5F5"), housing: Color("#F5F5F5"), education: Color("#F5F5F5"),
        community: Color("#F5F5F5"), other: Color("#F5F5F5")),
      agency: NodeStyle(),
      spine: EdgeStyle(penWidth: 1.5),
      exit: EdgeStyle(color: Color("#404040")),
      violation: EdgeStyle(line: .dashed, penWidth: 2, marker: "violation"),
      community: NodeStyle(isRounded: true, border: gray, fill: Color("#D9D9D9")))
    theme.opportunity = NodeStyle(
      line: .dashed, isRounded: true, penWidth: 2, fill: .white, marker: "OPPORTUNITY")
    theme.missingPractice = NodeStyle(
      line: .dotted, penWidth: 1.5, fill: .white, marker: "MISSING CORE PRACTICE")
    return theme
  }
}
