/// A picture in a report: the cross-system map drawn by Graphviz.
package struct ReportFigure: Hashable, Sendable {
  /// An anchor for the picture, unique in the document; also the prefix of its SVG ids.
  package var id: String
  /// The SVG text, or nil when the picture was not drawn.
  package var svg: String?
  /// A text alternative for readers who cannot see the picture.
  package var alternative: String
  /// The caption under the picture.
  package var caption: [Inline]
  /// The picture's file beside a Markdown report, such as `riverbend.map.svg`, which the
  /// renderer names from the report's own file name with this suffix.
  package var fileSuffix: String

  /// Creates a figure.
  package init(
    id: String, svg: String?, alternative: String, caption: [Inline], fileSuffix: String
  ) {
    self.id = id
    self.svg = svg
    self.alternative = alternative
    self.caption = caption
    self.fileSuffix = fileSuffix
  }
}
