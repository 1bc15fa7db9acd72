extension Theme {
  /// A node outline Graphviz can draw.
  package enum Shape: String, Hashable, Sendable, CaseIterable {
    case box, note, ellipse, hexagon, octagon, component, plaintext, point
  }

  /// The stroke of a node's outline or of an edge.
  package enum LineStyle: String, Hashable, Sendable, CaseIterable {
    case solid, dashed, dotted, bold
  }

  /// The head of an edge.
  package enum Arrowhead: String, Hashable, Sendable, CaseIterable {
    /// A filled triangle.
    case normal
    /// A hollow triangle.
    case empty = "onormal"
    /// A small filled dot.
    case dot
    /// No head.
    case none
  }
}

extension Theme.Shape: DOTValueConvertible {
  var dotValue: DOTValue { .text(rawValue) }
}

extension Theme.Arrowhead: DOTValueConvertible {
  var dotValue: DOTValue { .text(rawValue) }
}
