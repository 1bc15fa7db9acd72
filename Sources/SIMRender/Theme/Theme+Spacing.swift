extension Theme {
  /// How wide text runs before wrapping, and how far apart Graphviz puts things.
  package struct Spacing: Hashable, Sendable {
    /// Characters per line for names in boxes.
    package var wrapWidth: Int
    /// Characters per line for descriptions in detail views.
    package var detailWrapWidth: Int
    /// Space between neighbouring boxes, in inches (`nodesep`).
    package var nodeSeparation: Double
    /// Space between rows, in inches (`ranksep`).
    package var rankSeparation: Double
    /// The margin around the picture, in inches (`pad`).
    package var pad: Double

    /// Creates spacing settings.
    package init(
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
