import SIMModel

/// The documents the map cites, numbered as the report cites them, and the references of the
/// report's own text.
struct SourcesSection {
  let context: ReportContext

  func section() -> ReportSection {
    let sources = context.map.sources
    var blocks: [Block] = []
    if sources.isEmpty {
      blocks.append(.paragraph([.missing("The map cites no sources.")]))
    } else {
      blocks.append(
        .paragraph([
          .text("The documents the map cites. Numbers in brackets in the tables refer to them.")
        ]))
      blocks.append(.table(table(sources)))
    }
    blocks.append(
      .section(
        ReportSection(
          id: "references", title: "References", level: 3,
          blocks: [.list(Self.references, ordered: false)])))
    return ReportSection(
      id: "sources", title: "Sources", level: 2, blocks: blocks, startsPage: true)
  }

  private func table(_ sources: [Source]) -> ReportTable {
    ReportTable(
      caption: "Sources cited by the map",
      columns: [.init("No.", isNumeric: true), .init("Source"), .init("Accessed")],
      rows: sources.compactMap { source in
        guard let number = context.sourceNumber(source.id) else { return nil }
        var cell: [Inline] =
          source.url.map { [.link(source.title, url: $0)] } ?? [.text(source.title)]
        if let publisher = source.publisher { cell += [.lineBreak, .detail(publisher)] }
        if let notes = source.notes { cell += [.lineBreak, .detail(notes)] }
        return [
          [.anchored("[\(number)]", id: ReportContext.sourceAnchor(source.id))],
          cell,
          .orMissing(source.accessed.map(DateWording.words)),
        ]
      }, hasRowHeaders: true)
  }

  static let references: [[Inline]] = [
    [
      .text(
        "Munetz, M. R., and Griffin, P. A. (2006). Use of the Sequential Intercept Model as an "
          + "approach to decriminalization of people with serious mental illness. Psychiatric "
          + "Services, 57, 544–549.")
    ],
    [
      .text("Policy Research Associates, Sequential Intercept Model: "),
      .link("https://www.prainc.com/sim/", url: "https://www.prainc.com/sim/"),
    ],
    [
      .text(
        "Vera Institute of Justice, Justice and Health Connect toolkit, Module 1: Define your "
          + "objectives: "),
      .link("http://www.jhconnect.org/toolkit", url: "http://www.jhconnect.org/toolkit"),
    ],
    [
      .text("Practice names and legal-basis summaries come from simmap’s catalogs; "),
      .code("simmap practices"),
      .text(" lists each practice with its public sources."),
    ],
  ]
}
