extension Theme.NodeStyle {
  /// The DOT attributes that draw this style.
  var attributes: DOTAttributes {
    var styles: [String] = []
    if isRounded { styles.append("rounded") }
    if hasDiagonals { styles.append("diagonals") }
    styles.append(line.rawValue)
    if fill != nil { styles.append("filled") }
    var result: DOTAttributes = [
      .shape: shape, .style: styles.joined(separator: ","), .penwidth: penWidth, .color: border,
      .fontcolor: text,
    ]
    if let fill { result.set(.fillcolor, fill) }
    if peripheries != 1 { result.set(.peripheries, peripheries) }
    return result
  }
}

extension Theme.EdgeStyle {
  /// The DOT attributes that draw this style.
  var attributes: DOTAttributes {
    [
      .style: line.rawValue, .color: color, .fontcolor: color, .penwidth: penWidth,
      .arrowhead: arrowhead,
    ]
  }

  /// A box drawn with this line, for exchanges listed as boxes rather than edges.
  func boxStyle(fill: Theme.Color, text: Theme.Color) -> Theme.NodeStyle {
    Theme.NodeStyle(
      shape: .note, line: line, penWidth: penWidth, border: color, fill: fill, text: text,
      marker: marker)
  }
}

extension Theme {
  /// Graph attributes every view shares: font, spacing, background.
  var graphAttributes: DOTAttributes {
    [
      .fontname: fonts.family, .fontsize: fonts.body, .fontcolor: palette.text,
      .bgcolor: palette.background, .nodesep: spacing.nodeSeparation,
      .ranksep: spacing.rankSeparation, .pad: spacing.pad,
    ]
  }

  /// Node defaults every view shares.
  var nodeDefaults: DOTAttributes {
    [
      .fontname: fonts.family, .fontsize: fonts.body, .fontcolor: palette.text,
      .margin: "0.12,0.06",
    ]
  }

  /// Edge defaults every view shares.
  var edgeDefaults: DOTAttributes {
    [.fontname: fonts.family, .fontsize: fonts.edge, .color: palette.text]
  }
}
