/// A piece of a report: the unit renderers turn into HTML or Markdown.
package indirect enum Block: Hashable, Sendable {
  /// A paragraph.
  case paragraph([Inline])
  /// A bulleted or numbered list; each item is a run of inline text.
  case list([[Inline]], ordered: Bool)
  /// Label and value pairs, such as the facts of the title page.
  case facts([Fact])
  /// A table with column headers.
  case table(ReportTable)
  /// A picture: the cross-system map.
  case figure(ReportFigure)
  /// The bar chart of votes per priority.
  case chart(VoteChart)
  /// A boxed note, such as the provenance of a sample map.
  case callout(Callout)
  /// A titled part of the document, with its own heading.
  case section(ReportSection)
  /// The table of contents: links to the top-level sections.
  case contents([ContentsEntry])
}
