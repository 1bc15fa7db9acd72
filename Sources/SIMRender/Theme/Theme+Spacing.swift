extension Theme {
  /// How wide text runs before wrapping, and how far apart Graphviz puts things.
  public struct Spacing: Hashable, Sendable {
    /// Characters per line for names in boxes.
    public var wrapWidth: Int
    /// Characters per line for descriptions in detail views.
    public var detailWrapWidth: Int
    /// Space between neighbouring boxes, in inches (`nodesep`).
    public var nodeSeparation: Double
    /// Space between rows, in inches (`ranksep`).
    public var rankSeparation: Double
    /// The margin around the picture, in inches (`pad`).
    public var pad: Double

    /// Creates spacing settings.
    public init(
      wrapWidth: Int, detailWrapWidth: Int, nodeSeparation: Double, rankSeparation: Double,
      pad: Double
    ) {
      self.wrapWidth = wrapWidth
      self.detailWrapWidth = detailWrapWidth
      self.nodeSeparation = nodeSeparation
      self.rankSeparation = rankSeparation
      self.pad = pad
    }
  }
}
