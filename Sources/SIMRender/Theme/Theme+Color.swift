extension Theme {
  /// A colour as Graphviz reads it, such as `#1B5E20`.
  package struct Color: Hashable, Sendable {
    /// The colour as written in DOT.
    package let rawValue: String

    /// A colour from a `#RRGGBB` hex string.
    package init(_ hex: String) {
      rawValue = hex
    }

    /// Black.
    package static let black = Color("#000000")
    /// White.
    package static let white = Color("#FFFFFF")
  }
}

extension Theme.Color: DOTValueConvertible {
  var dotValue: DOTValue { .text(rawValue) }
}
