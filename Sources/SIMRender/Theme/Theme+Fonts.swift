extension Theme {
  /// The font family and the sizes, in points, of each kind of text.
  public struct Fonts: Hashable, Sendable {
    /// The family; always an installed font so geometry is the same everywhere.
    public var family: String
    /// The map's title.
    public var title: Double
    /// The lines under the title.
    public var subtitle: Double
    /// Intercept headings and cluster labels.
    public var heading: Double
    /// Names in boxes.
    public var body: Double
    /// Second lines in boxes: agencies, figures, markers.
    public var detail: Double
    /// Edge labels.
    public var edge: Double

    /// Creates font settings.
    public init(
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
