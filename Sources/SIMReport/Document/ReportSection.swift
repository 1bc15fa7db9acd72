/// A titled part of a report: its heading and what follows it.
public struct ReportSection: Hashable, Sendable {
  /// The anchor other parts link to, unique in the document.
  public var id: String
  /// The heading.
  public var title: String
  /// The heading level, 2 for a top-level section; the document title is level 1.
  public var level: Int
  /// The content.
  public var blocks: [Block]
  /// Whether printing starts the section on a new page.
  public var startsPage: Bool
  /// Whether printing puts the section on a landscape page, for a wide picture.
  public var isLandscape: Bool

  /// Creates a section.
  public init(
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
