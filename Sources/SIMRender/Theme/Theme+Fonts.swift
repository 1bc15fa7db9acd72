extension Theme {
  /// The font family and the sizes, in points, of each kind of text.
  package struct Fonts: Hashable, Sendable {
    /// The family; always an installed font so geometry is the same everywhere.
    package var family: String
    /// The map's title.
    package var title: Double
    /// The lines under the title.
    package var subtitle: Double
    /// Intercept headings and cluster labels.
    package var heading: Double
    /// Names in boxes.
    package var body: Double
    /// Second lines in boxes: agencies, figures, markers.
    package var detail: Double
    /// Edge labels.
    package var edge: Double

    /// Creates font settings.
    package init(
      family: String = "DejaVu Sans", title: Double, subtitle: Double, heading: Double,
      body: Double, detail: Double, edge: Double
    ) {
      self.family = family
      self.title = title
      self.subtitle = subtitle
      self.heading = heading
      self.body = body
      self.detail = detail
      self.edge = edge
    }
  }
}
