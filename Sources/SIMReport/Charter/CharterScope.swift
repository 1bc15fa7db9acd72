import SIMAnalysis
import SIMModel

/// The charter's scope by intercept, and the exchanges in scope with their legal bases and
/// the agreements still needed.
struct CharterScope {
  let context: ReportContext

  /// The intercepts the charter names, or nil when it names none.
  private var scoped: Set<InterceptNumber>? {
    guard let intercepts = context.map.charter?.intercepts, !intercepts.isEmpty else {
      return nil
    }
    return Set(intercepts)
  }

  func scope() -> ReportSection {
    let scoped = scoped
    var blocks: [Block] = []
    if scoped == nil {
      blocks.append(
        .callout(
          Callout(
            .prompt, title: "To decide",
            paragraphs: [[.text("Which intercepts the project covers.")]])))
    }
    let rows = InterceptNumber.all.map { number -> [[Inline]] in
      let exchanges = context.map.exchanges.filter { $0.intercept == number }
      let gaps = exchanges.filter { $0.status == .gap }.count
      let inScope: [Inline] =
        scoped.map { [.text($0.contains(number) ? "In scope" : "Not in scope")] }
        ?? [.missing("To decide")]
      return [
        [.text(context.interceptTitle(number))], inScope,
        [.text("\(exchanges.count)")], [.text("\(gaps)")],
      ]
    }
    blocks.append(
      .table(
        ReportTable(
          caption: "Scope by intercept",
          columns: [
            .init("Intercept"), .init("Scope"), .init("Exchanges on the map", isNumeric: true),
            .init("Exchanges needed but not happening", isNumeric: true),
          ],
          rows: rows, hasRowHeaders: true)))
    return ReportSection(
      id: "scope", title: "Scope by intercept", level: 2, blocks: blocks, startsPage: true)
  }

  func exchanges() -> ReportSection {
    let scoped = scoped
    let exchanges = context.map.exchanges.filter { scoped?.contains($0.intercept) ?? true }
      .sorted { $0.intercept < $1.intercept }
    let intro =
      scoped == nil
      ? "The scope is not decided, so every exchange on the map is listed."
      : "The exchanges on the map at the intercepts in scope."
    var blocks: [Block] = [
      .paragraph([.text(intro + " Legal bases are summaries for planners, not legal advice.")]),
      .table(
        ReportTable(
          caption: "Exchanges in scope",
          columns: [
            .init("Intercept", isNumeric: true), .init("From → To"), .init("Information"),
            .init("Legal basis"), .init("Agreement"), .init("Status and what is still needed"),
          ],
          rows: exchanges.map(row), emptyText: "No exchanges on the map in scope.")),
    ]
    let needed = exchanges.filter { $0.agreement == nil }
    blocks.append(
      .section(
        ReportSection(
          id: "agreements-needed", title: "Agreements still needed", level: 3,
          blocks: needed.isEmpty
            ? [.paragraph([.text("Every exchange in scope names an agreement.")])]
            : [
              .paragraph([
                .text(
                  "These exchanges name no agreement. An MOU or data-sharing agreement says "
                    + "who shares what, how and how it is protected:")
              ]),
              .list(
                needed.map { exchange in
                  [
                    .strong(
                      context.agencyName(exchange.from) + " → "
                        + context.agencyName(exchange.to)),
                    .text(
                      " (Intercept \(exchange.intercept.value)): "
                        + (exchange.data.isEmpty
                          ? "information" : exchange.data.joined(separator: "; "))),
                  ]
                }, ordered: false),
            ])))
    return ReportSection(
      id: "exchanges-in-scope", title: "Exchanges in scope", level: 2, blocks: blocks)
  }

  private func row(_ exchange: Exchange) -> [[Inline]] {
    let bases = exchange.legalBases.filter { $0 != .noneIdentified }
    var basis: [Inline] = []
    for item in bases {
      if !basis.isEmpty { basis.append(.lineBreak) }
      basis.append(.text(context.basisName(item)))
      if let citation = context.legalBases.info(item)?.citation {
        basis += [.lineBreak, .detail(citation)]
      }
    }
    let agreement = exchange.agreement.flatMap(context.agreement)
    var needed: [String] = []
    if bases.isEmpty { needed.append("To decide: the legal basis, with counsel") }
    if agreement == nil { needed.append("An agreement") }
    if let review = agreement?.reviewBy, DateWording.isPast(review, asOf: context.asOf) {
      needed.append("Review of the agreement, due " + DateWording.words(review))
    }
    switch exchange.status {
    case .inPlace: break
    case .partial: needed.append("Extend it: only partial now")
    case .planned: needed.append("Start it: planned")
    case .gap: needed.append("Start it: needed but not happening")
    }
    return [
      [.text("\(exchange.intercept.value)")],
      [.strong(context.shortName(exchange.from) + " → " + context.shortName(exchange.to))],
      .orMissing(exchange.data.isEmpty ? nil : exchange.data.joined(separator: "; ")),
      basis.isEmpty ? [.missing("To decide")] : basis,
      .orMissing(agreement.map(AgreementTable.name(of:)), missing: "None"),
      [StatusBadge.exchange(exchange.status)]
        + (needed.isEmpty ? [.lineBreak, .text("Nothing more needed")] : [])
        + needed.flatMap { text -> [Inline] in
          [.lineBreak, text.hasPrefix("To decide") ? .missing(text) : .text(text)]
        },
    ]
  }
}
