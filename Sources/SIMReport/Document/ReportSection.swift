/// A titled part of a report: its heading and what follows it.
package struct ReportSection: Hashable, Sendable {
  /// The anchor other parts link to, unique in the document.
  package var id: String
  /// The heading.
  package var title: String
  /// The heading level, 2 for a top-level section; the document title is level 1.
  package var level: Int
  /// The content.
  package var blocks: [Block]
  /// Whether printing starts the section on a new page.
  package var startsPage: Bool
  /// Whether printing puts the section on a landscape page, for a wide picture.
  package var isLandscape: Bool

  /// Creates a section.
  package init(
    id: String, title: String, level: Int, blocks: [Block], startsPage: Bool = false,
    isLandscape: Bool = false
  ) {
    self.id = id
    self.title = title
    self.level = level
    self.blocks = blocks
    self.startsPage = startsPage
    self.isLandscape = isLandscape
  }
}
