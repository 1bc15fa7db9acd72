/// A whole report, independent of its format: the title, the sections and the data tables.
///
/// The builders (`WorkshopReportBuilder`, `CharterBuilder`) make it from a map; the renderers
/// (`HTMLReportRenderer`, `MarkdownReportRenderer`, `CSVReportRenderer`) write it out. The same
/// document always gives the same bytes.
package struct ReportDocument: Hashable, Sendable {
  /// The title, the document's only level-1 heading.
  package var title: String
  /// A line under the title, such as the workshop dates.
  package var subtitle: String?
  /// The content: facts, notes and sections, in reading order.
  package var blocks: [Block]
  /// The flat tables for spreadsheets, such as every resource of the map.
  package var datasets: [ReportDataset]

  /// Creates a document.
  package init(
    title: String, subtitle: String? = nil, blocks: [Block], datasets: [ReportDataset] = []
  ) {
    self.title = title
    self.subtitle = subtitle
    self.blocks = blocks
    self.datasets = datasets
  }
}
