import SIMAnalysis
import SIMModel

/// `simmap compare` of two maps as a document: the similarity and its parts, coverage side by
/// side, what each map has that the other lacks, then every intercept side by side.
package struct ComparisonDocument: Sendable {
  /// Creates a builder.
  package init() {}

  /// The document of `comparison`.
  package func document(for comparison: MapComparison) -> ReportDocument {
    var blocks: [Block] = [
      .paragraph([
        .text("Ours: "), .code(comparison.ours.file), .text(". Theirs: "),
        .code(comparison.theirs.file), .text("."),
      ]),
      .section(similarity(comparison.similarity)),
      .section(coverage(comparison)),
      .section(differences(comparison, theirs: true)),
      .section(differences(comparison, theirs: false)),
      .paragraph([
        .text(
          "In each intercept below, “only ours” marks a practice only \(comparison.ours.place) "
            + "runs and “only theirs” one only \(comparison.theirs.place) runs; “yes” means "
            + "running, with the resources that run it, and “—” neither running nor planned.")
      ]),
    ]
    blocks += comparison.intercepts.map { .section(intercept($0, comparison: comparison)) }
    return ReportDocument(
      title: "\(comparison.ours.place) compared with \(comparison.theirs.place)", blocks: blocks)
  }

  private func similarity(_ similarity: Similarity) -> ReportSection {
    ReportSection(
      id: "similarity", title: "Similarity: \(similarity.percent)%", level: 2,
      blocks: [
        .paragraph([.text("\(Similarity.formula): \(similarity.worked).")]),
        .table(
          ReportTable(
            caption: "The parts of the similarity",
            columns: [
              .init("Part"), .init("Weight", isNumeric: true), .init("Score", isNumeric: true),
              .init("Ours"), .init("Theirs"), .init("How"),
            ],
            rows: similarity.parts.map { part in
              [
                [.text(part.factor.label)], [.text(Similarity.decimal(part.weight))],
                [.text(AnalysisWording.partScore(part))], [.text(part.ours)],
                [.text(part.theirs)], [.text(part.detail)],
              ]
            }, hasRowHeaders: true)),
      ])
  }

  private func coverage(_ comparison: MapComparison) -> ReportSection {
    var rows: [[[Inline]]] = zip(
      comparison.ourCoverage.intercepts, comparison.theirCoverage.intercepts
    ).map { ours, theirs in
      [
        [.text("\(ours.number) \(ours.title)")], [.text(AnalysisWording.score(ours))],
        [.text(AnalysisWording.score(theirs))],
      ]
    }
    rows.append([
      [.strong("Overall")], [.strong(AnalysisWording.overall(comparison.ourCoverage))],
      [.strong(AnalysisWording.overall(comparison.theirCoverage))],
    ])
    return ReportSection(
      id: "coverage", title: "Core practices running", level: 2,
      blocks: [
        .table(
          ReportTable(
            caption: "Core practices running by intercept",
            columns: [
              .init("Intercept"), .init(comparison.ours.place), .init(comparison.theirs.place),
            ], rows: rows, hasRowHeaders: true))
      ])
  }

  /// What one map has that the other lacks: practices, then exchanges.
  private func differences(_ comparison: MapComparison, theirs: Bool) -> ReportSection {
    let (haver, lacker) =
      theirs ? (comparison.theirs, comparison.ours) : (comparison.ours, comparison.theirs)
    let practices = theirs ? comparison.practicesTheyHave : comparison.practicesWeHave
    let exchanges = theirs ? comparison.exchangesTheyHave : comparison.exchangesWeHave
    var blocks: [Block] = []
    if practices.isEmpty && exchanges.isEmpty { blocks.append(.paragraph([.text("Nothing.")])) }
    if !practices.isEmpty {
      let items = practices.map { intercept, row -> [Inline] in
        let names = theirs ? row.theirResources : row.ourResources
        let planned = (theirs ? row.ours : row.theirs) == .planned ? "; planned there" : ""
        return [
          .text("Intercept \(intercept): "), .strong(row.practice.name),
          .text(" (\(row.isCore ? "core practice" : "practice") "), .code(row.practice.id),
          .text("\(planned)): " + names.joined(separator: "; ")),
        ]
      }
      blocks.append(
        .section(
          ReportSection(
            id: "", title: "Practices running", level: 3,
            blocks: [.list(items, ordered: false)])))
    }
    if !exchanges.isEmpty {
      let items = exchanges.map { exchange -> [Inline] in
        [
          .text("Intercept \(exchange.intercept): \(exchange.description), "),
          .text("\(exchange.status.label) (exchange "), .code(exchange.id.rawValue), .text(")"),
        ]
      }
      blocks.append(
        .section(
          ReportSection(
            id: "", title: "Information sharing in place or partial", level: 3,
            blocks: [.list(items, ordered: false)])))
    }
    return ReportSection(
      id: theirs ? "theirs-not-ours" : "ours-not-theirs",
      title: "What \(haver.place) has that \(lacker.place) lacks", level: 2, blocks: blocks)
  }

  private func intercept(_ intercept: InterceptComparison, comparison: MapComparison)
    -> ReportSection
  {
    var rows: [[[Inline]]] = intercept.practices.map { row in
      let mark: String =
        switch row.difference {
        case .onlyOurs: " (only ours)"
        case .onlyTheirs: " (only theirs)"
        case .both, .neither: ""
        }
      return [
        [.text((row.isCore ? "Core: " : "") + row.practice.name + mark)],
        [.text(AnalysisWording.state(row.ours, resources: row.ourResources))],
        [.text(AnalysisWording.state(row.theirs, resources: row.theirResources))],
      ]
    }
    rows += [
      [
        [.text("Resources")], cell(intercept.ours.resources.map(AnalysisWording.resource)),
        cell(intercept.theirs.resources.map(AnalysisWording.resource)),
      ],
      [
        [.text("Information sharing")], cell(AnalysisWording.exchanges(intercept.ours)),
        cell(AnalysisWording.exchanges(intercept.theirs)),
      ],
      [
        [.text("Gaps")], cell(intercept.ours.gaps.map(\.text)),
        cell(intercept.theirs.gaps.map(\.text)),
      ],
      [
        [.text("Core practices running")],
        [.text(AnalysisWording.score(intercept.ours.coverage))],
        [.text(AnalysisWording.score(intercept.theirs.coverage))],
      ],
    ]
    return ReportSection(
      id: "intercept-\(intercept.number.value)",
      title: "Intercept \(intercept.number): \(intercept.title)", level: 2,
      blocks: [
        .table(
          ReportTable(
            caption: "Intercept \(intercept.number) side by side",
            columns: [
              .init(""), .init(comparison.ours.place), .init(comparison.theirs.place),
            ], rows: rows, hasRowHeaders: true))
      ])
  }

  /// Items in one cell, one per line; "none" when empty.
  private func cell(_ items: [String]) -> [Inline] {
    guard !items.isEmpty else { return [.text("none")] }
    return items.enumerated().flatMap { index, item -> [Inline] in
      (index == 0 ? [] : [.lineBreak]) + [.text(item)]
    }
  }
}
