extension Theme {
  /// A colour as Graphviz reads it, such as `#1B5E20`.
  public struct Color: Hashable, Sendable {
    /// The colour as written in DOT.
    public let rawValue: String

    /// A colour from a `#RRGGBB` hex string.
    public init(_ hex: String) {
      rawValue = hex
    }

    /// Black.
    public static let black = Color("#000000")
    /// White.
    public static let white = Color("#FFFFFF")
  }
}

extension Theme.Color: DOTValueConvertible {
  var dotValue: DOTValue { .text(rawValue) }
}
