extension Theme {
  /// Large type and strong contrast for a projected screen at the back of a room.
  package static var projector: Theme {
    var theme = Theme(
      name: "projector",
      fonts: Fonts(title: 40, subtitle: 22, heading: 22, body: 18, detail: 15, edge: 15),
      palette: Palette(
        background: .white, text: .black, mutedText: Color("#263238"), line: Color("#37474F")),
      bands: Bands(
        fills: ["#D6EAFB", "#DCEFDD", "#FFF0C2", "#F9D7E3", "#E2DAF3", "#D2F1F5"].map(Color.init),
        border: Color("#37474F"), heading: .black),
      spacing: Spacing(
        wrapWidth: 24, detailWrapWidth: 36, nodeSeparation: 0.35, rankSeparation: 0.4, pad: 0.5),
      decisionPoint: NodeStyle(penWidth: 2.5, border: .black, fill: .black, text: .white),
      localDecisionPoint: NodeStyle(
        penWidth: 2.5, peripheries: 2, border: .black, fill: .white, text: .black,
        marker: "local step"),
      resources: ResourceStyles(
        operating: NodeStyle(isRounded: true, penWidth: 2, fill: .white),
        limited: NodeStyle(
          line: .dashed, isRounded: true, penWidth: 3, border: Color("#BF360C"),
          fill: Color("#FFE0B2"), marker: "(limited)"),
        planned: NodeStyle(
          line: .dotted, isRounded: true, penWidth: 3.5, border: Color("#0D47A1"), fill: .white,
          marker: "(planned)"),
        ended: NodeStyle(
          line: .dashed, isRounded: false, penWidth: 2, border: Color("#424242"),
          fill: Color("#E0E0E0"), text: Color("#212121"), marker: "(ended)")),
      gap: NodeStyle(
        line: .bold, hasDiagonals: true, penWidth: 4, border: Color("#B71C1C"),
        fill: Color("#FFCDD2"), text: .black, marker: "GAP"),
      exchanges: ExchangeStyles(
        inPlace: EdgeStyle(color: Color("#1B5E20"), penWidth: 2.5, marker: "in place"),
        partial: EdgeStyle(line: .dashed, color: Color("#BF360C"), penWidth: 3, marker: "partial"),
        planned: EdgeStyle(
          line: .dotted, color: Color("#0D47A1"), penWidth: 3.5, marker: "planned"),
        gap: EdgeStyle(line: .bold, color: Color("#B71C1C"), penWidth: 4, marker: "GAP"),
        boxFill: .white),
      sectors: SectorColors(
        justice: Color("#90CAF9"), behavioralHealth: Color("#A5D6A7"), health: Color("#80CBC4"),
        socialServices: Color("#FFF59D"), housing: Color("#FFCC80"), education: Color("#CE93D8"),
        community: Color("#E6EE9C"), other: Color("#CFD8DC")),
      agency: NodeStyle(penWidth: 2),
      spine: EdgeStyle(penWidth: 3),
      exit: EdgeStyle(color: Color("#37474F"), penWidth: 2),
      violation: EdgeStyle(
        line: .dashed, color: Color("#B71C1C"), penWidth: 3, marker: "violation"),
      community: NodeStyle(
        isRounded: true, penWidth: 2, border: Color("#1B5E20"), fill: Color("#A5D6A7")))
    theme.opportunity.penWidth = 3
    theme.missingPractice.penWidth = 2.5
    return theme
  }
}
