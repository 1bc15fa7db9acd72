import Foundation
import SIMAnalysis
import SIMModel

/// Drafts the information-sharing project charter that Module 1 of the Justice and Health
/// Connect toolkit recommends, from what the map records.
///
/// What the map does not say is left as a visible "To decide: …" prompt, never filled in.
package struct CharterBuilder: Sendable {
  /// The practices named in the charter.
  package var practices: PracticeCatalog
  /// The legal bases named in the charter, with their citations.
  package var legalBases: LegalBasisCatalog

  /// Creates a builder with the given catalogs, by default the ones shipped with simmap.
  package init(practices: PracticeCatalog = .standard, legalBases: LegalBasisCatalog = .standard) {
    self.practices = practices
    self.legalBases = legalBases
  }

  /// The draft charter of a map.
  ///
  /// - Parameters:
  ///   - loaded: The map, validated without errors.
  ///   - analysis: The map's analysis; its `asOf` date is the charter's date.
  /// - Returns: The charter: mission, objectives, partners, scope, exchanges, stakeholders,
  ///   governance, approval and sources.
  package func document(for loaded: LoadedMap, analysis: Analysis) -> ReportDocument {
    let context = ReportContext(
      map: loaded.map, analysis: analysis, practices: practices, legalBases: legalBases,
      asOf: analysis.asOf, fileName: URL(fileURLWithPath: loaded.file).lastPathComponent)
    let purpose = CharterPurpose(context: context)
    let scope = CharterScope(context: context)
    let sections = [
      purpose.mission(), purpose.objectives(), CharterPartners(context: context).section(),
      scope.scope(), scope.exchanges(), CharterStakeholders(context: context).section(),
      CharterGovernance(context: context).section(),
      CharterGovernance(context: context).approval(), references,
    ]
    let map = loaded.map
    var front: [Block] = [
      .facts([
        Fact("Jurisdiction", [.text(map.jurisdiction.name)]),
        Fact("Status", [.text("Draft for the partners to review, as of " + context.asOfText)]),
        Fact("Drafted from", [.text("the map file "), .code(context.fileName)]),
        Fact(
          "Framework",
          [.text("Justice and Health Connect toolkit, Module 1: Define your objectives")]),
      ]),
      .callout(
        Callout(
          .prompt, title: "How to read this draft",
          paragraphs: [
            [
              .text(
                "simmap drafted this charter from the map. Where the map does not say "
                  + "something, the draft shows a prompt that begins “To decide:”. The partners "
                  + "settle those points together; nothing has been filled in for them.")
            ]
          ])),
    ]
    if let provenance = map.provenance {
      front.append(
        .callout(
          Callout(
            .provenance, title: "Where this map comes from",
            paragraphs: [[.text(provenance.trimmed)]])
        ))
    }
    front.append(.contents(sections.map { ContentsEntry(id: $0.id, title: $0.title) }))
    return ReportDocument(
      title: map.jurisdiction.name + ": Information-Sharing Project Charter",
      subtitle: "Justice and health information sharing: draft charter",
      blocks: front + sections.map(Block.section))
  }

  private var references: ReportSection {
    ReportSection(
      id: "references", title: "References", level: 2,
      blocks: [
        .list(
          [
            [
              .text("Justice and Health Connect toolkit, Module 1, A. Outline your objectives: "),
              .link(
                "http://www.jhconnect.org/toolkit/section-a-outlining-information-sharing-objectives",
                url:
                  "http://www.jhconnect.org/toolkit/section-a-outlining-information-sharing-objectives"
              ),
            ],
            [
              .text("Module 1, B. Decide who to bring to the table (six guiding principles): "),
              .link(
                "http://www.jhconnect.org/toolkit/section-b-deciding-who-to-bring-to-the-table",
                url: "http://www.jhconnect.org/toolkit/section-b-deciding-who-to-bring-to-the-table"
              ),
            ],
            [
              .text("Module 2, Governance: "),
              .link(
                "http://www.jhconnect.org/toolkit?pf=md&md=2",
                url: "http://www.jhconnect.org/toolkit?pf=md&md=2"),
            ],
          ], ordered: false)
      ], startsPage: true)
  }
}
