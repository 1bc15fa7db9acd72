import SIMAnalysis
import SIMModel

/// `simmap practices` as a document: one table per intercept with each practice's id, name,
/// where it sits and a one-line summary.
package struct PracticeListingDocument: Sendable {
  /// Creates a builder.
  package init() {}

  /// The document of `listing`.
  package func document(for listing: PracticeListing) -> ReportDocument {
    let continuum = listing.continuum ?? .adult
    var blocks: [Block] = listing.groups.map { number, practices in
      .section(
        ReportSection(
          id: "intercept-\(number.value)",
          title: ReportWording.intercept(number, continuum: continuum), level: 2,
          blocks: [
            .table(
              ReportTable(
                caption: "Practices at intercept \(number)",
                columns: [.init("Id"), .init("Practice"), .init("Where"), .init("Summary")],
                rows: practices.map { practice in
                  [
                    [.code(practice.id)], [.strong(practice.name)], [.text(facts(practice))],
                    [.text(practice.summary)],
                  ]
                }))
          ]))
    }
    let count = listing.practices.count
    blocks.append(
      .paragraph([
        .text(ReportWording.count(count, "practice", "practices") + "; write an id as "),
        .code("practice:"), .text(" on a resource or a gap."),
      ]))
    return ReportDocument(title: "Practices", blocks: blocks)
  }

  private func facts(_ practice: Practice) -> String {
    let intercepts = practice.intercepts.map(\.description).joined(separator: ", ")
    let scope = practice.continuum == .both ? "adult and juvenile" : practice.continuum.rawValue
    let core = practice.isCore ? "; core at intercept \(practice.mainIntercept)" : ""
    return "intercepts \(intercepts); \(scope)\(core)"
  }
}
