/// A picture in a report: the cross-system map drawn by Graphviz.
public struct ReportFigure: Hashable, Sendable {
  /// An anchor for the picture, unique in the document; also the prefix of its SVG ids.
  public var id: String
  /// The SVG text, or nil when the picture was not drawn.
  public var svg: String?
  /// A text alternative for readers who cannot see the picture.
  public var alternative: String
  /// The caption under the picture.
  public var caption: [Inline]
  /// The picture's file beside a Markdown report, such as `riverbend.map.svg`, which the
  /// renderer names from the report's own file name with this suffix.
  public var fileSuffix: String

  /// Creates a figure.
  public init(
    id: String, svg: String?, alternative: String, caption: [Inline], fileSuffix: String
  ) {
    self.id = id
    self.svg = svg
    self.alternative = alternative
    self.caption = caption
    self.fileSuffix = fileSuffix
  }
}
