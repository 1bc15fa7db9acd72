import SIMModel

/// The agreements that govern sharing, with their parties and review dates.
struct AgreementTable {
  let context: ReportContext

  /// An agreement as a reader names it: its title, or its kind.
  static func name(of agreement: Agreement) -> String {
    guard let title = agreement.title, !title.isEmpty else {
      return ReportWording.capitalized(agreement.kind.label)
    }
    return title
  }

  func section() -> ReportSection {
    let rows = context.map.agreements.map { agreement -> [[Inline]] in
      let governed = context.map.exchanges.filter { $0.agreement == agreement.id }
      let names = governed.map { context.shortName($0.from) + " → " + context.shortName($0.to) }
      return [
        [.strong(Self.name(of: agreement))] + context.citations(agreement.sources),
        [.text(ReportWording.capitalized(agreement.kind.label))],
        .orMissing(context.agencyNames(agreement.parties)),
        .orMissing(agreement.signed.map(DateWording.words)),
        review(agreement),
        .orMissing(names.isEmpty ? nil : names.joined(separator: "; "), missing: "none"),
      ]
    }
    return ReportSection(
      id: "agreements", title: "Agreements and review dates", level: 3,
      blocks: [
        .table(
          ReportTable(
            caption: "Agreements that govern information sharing",
            columns: [
              .init("Agreement"), .init("Kind"), .init("Parties"), .init("Signed"),
              .init("Review by"), .init("Exchanges it governs"),
            ],
            rows: rows, hasRowHeaders: true, emptyText: "The map records no agreements."))
      ])
  }

  private func review(_ agreement: Agreement) -> [Inline] {
    guard let date = agreement.reviewBy else { return [.missing(ReportWording.notRecorded)] }
    guard DateWording.isPast(date, asOf: context.asOf) else {
      return [.text(DateWording.words(date))]
    }
    return [
      .text(DateWording.words(date)), .lineBreak,
      .status("Overdue as of " + context.asOfText, tone: .bad),
    ]
  }
}
