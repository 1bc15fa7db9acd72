import SIMModel

/// Reports agreements whose review date has passed.
enum AgreementReviewRule: AnalysisRule {
  static let description = RuleDescription(
    id: "agreement-review-overdue", name: "Agreement past its review date",
    summary: "An agreement's review-by date is before the date of the analysis.",
    rationale:
      "An agreement nobody has reviewed is often one nobody follows any more: staff, systems and "
      + "the law change. A review date given as a month or a year runs to the end of it. The "
      + "date of the analysis is today unless `simmap analyze --as-of` gives another.",
    severity: .warning,
    triggering: [
      RuleExample(
        ExampleMaps.header + """
          agreements:
            - {id: old-mou, kind: mou, signed: 2020-01-15, review-by: 1️⃣2023-01-15}
            - {id: last-year, kind: mou, review-by: 2️⃣2025}
          """)
    ],
    nonTriggering: [
      RuleExample(
        ExampleMaps.header + """
          agreements:
            - {id: current, kind: mou, signed: 2024-01-15, review-by: 2027-01-15}
            - {id: this-month, kind: mou, review-by: 2026-06}
            - {id: open-ended, kind: court-order}
          """)
    ])

  static func findings(in context: AnalysisContext) -> [Finding] {
    context.map.agreements.enumerated().compactMap { index, agreement in
      guard let reviewBy = agreement.reviewBy, isPast(reviewBy, asOf: context.asOf) else {
        return nil
      }
      let path = context.path(ofElement: index, in: ModelPath.agreements)
      let title = agreement.title.map { " (\($0))" } ?? ""
      return finding(
        "agreement \"\(agreement.id)\"\(title) was due for review by \(reviewBy)",
        at: context.location(path.appending("review-by")),
        hint: "review it with its parties and record the next review-by date",
        notes: relying(on: agreement.id, in: context))
    }
  }

  /// Whether the whole period `date` names (a day, a month or a year) is before `asOf`.
  static func isPast(_ date: CalendarDate, asOf: CalendarDate) -> Bool {
    if asOf.year != date.year { return asOf.year > date.year }
    guard let month = date.month else { return false }
    let asOfMonth = asOf.month ?? 1
    if asOfMonth != month { return asOfMonth > month }
    guard let day = date.day else { return false }
    return (asOf.day ?? 1) > day
  }

  private static func relying(on id: Agreement.ID, in context: AnalysisContext)
    -> [Diagnostic.Note]
  {
    context.map.exchanges.enumerated().filter { $0.element.agreement == id }.map {
      index, exchange in
      Diagnostic.Note(
        "exchange \"\(exchange.id)\" relies on it",
        at: context.location(context.path(ofElement: index, in: ModelPath.exchanges)))
    }
  }
}
