import Foundation
import SIMModel

/// The charter's mission statement and objectives.
struct CharterPurpose {
  let context: ReportContext

  private var charter: Charter? { context.map.charter }

  func mission() -> ReportSection {
    let block: Block =
      if let mission = charter?.mission,
        !mission.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
      {
        .callout(Callout(.note, title: "Mission", paragraphs: [[.text(mission.trimmed)]]))
      } else {
        .callout(
          Callout(
            .prompt, title: "To decide",
            paragraphs: [
              [
                .text(
                  "The mission statement: one or two sentences, agreed by all partners, on "
                    + "what the information sharing will achieve and for whom.")
              ]
            ]))
      }
    return ReportSection(
      id: "mission", title: "Mission statement", level: 2,
      blocks: [
        .paragraph([
          .text(
            "The mission statement is the starting point for assigning responsibilities, "
              + "mapping out legal issues and drafting governance documents.")
        ]),
        block,
      ], startsPage: true)
  }

  func objectives() -> ReportSection {
    let objectives = charter?.objectives ?? []
    var blocks: [Block] = [
      .paragraph([
        .text(
          "What the partners hope to achieve by sharing information. The toolkit offers five "
            + "examples; each objective below is matched to the example it serves.")
      ])
    ]
    if objectives.isEmpty {
      blocks.append(
        .callout(
          Callout(
            .prompt, title: "To decide",
            paragraphs: [[.text("The project’s objectives. The toolkit’s examples are:")]])))
      blocks.append(.list(Self.examples.map { [.text($0.text)] }, ordered: true))
    } else {
      blocks.append(
        .table(
          ReportTable(
            caption: "Objectives",
            columns: [.init("No.", isNumeric: true), .init("Objective"), .init("Toolkit example")],
            rows: objectives.enumerated().map { index, objective in
              [
                [.text("\(index + 1)")], [.text(objective.text)],
                [.text(Self.exampleName(objective.kind))],
              ]
            })))
    }
    return ReportSection(id: "objectives", title: "Objectives", level: 2, blocks: blocks)
  }

  private static func exampleName(_ kind: Charter.Objective.Kind) -> String {
    examples.first { $0.kind == kind }?.name ?? "Other: the partners’ own objective"
  }

  // Justice and Health Connect, Module 1, A (domain.md §5.1).
  private static let examples: [(kind: Charter.Objective.Kind, name: String, text: String)] = [
    (
      .continuityOfCare, "Continuity of care",
      "Improve continuity of health services between community and justice settings."
    ),
    (
      .coverageOutreach, "Coverage outreach",
      "Inform outreach to people newly eligible for Medicaid or health insurance subsidies."
    ),
    (
      .fewerERVisits, "Fewer emergency room visits",
      "Reduce reliance on emergency rooms by referring people leaving correctional facilities "
        + "to community health care, with clinical information."
    ),
    (
      .courtHealthInformation, "Health information for the courts",
      "Give the courts information on health needs to identify candidates for treatment-based "
        + "alternatives to incarceration."
    ),
    (
      .medicationAtEntry, "Medication at entry",
      "Ensure timely access to essential medications for people entering jail or prison by "
        + "linking correctional health providers to community health care networks."
    ),
  ]
}
