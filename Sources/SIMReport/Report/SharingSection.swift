import SIMModel

/// The information-sharing inventory: every exchange, the legal bases the exchanges cite and
/// the agreements that govern them.
struct SharingSection {
  let context: ReportContext

  func section() -> ReportSection {
    let exchanges = context.map.exchanges.sorted { $0.intercept < $1.intercept }
    var blocks: [Block] = [.paragraph(summary)]
    if !exchanges.isEmpty {
      blocks.append(
        .table(
          ReportTable(
            caption: "Information exchanges",
            columns: [
              .init("Intercept", isNumeric: true), .init("From → To"),
              .init("Information and purpose"), .init("Legal basis"), .init("Agreement"),
              .init("Status"),
            ],
            rows: exchanges.map(row),
            emptyText: "The map records no information exchanges.")))
    }
    if !exchanges.isEmpty { blocks.append(.section(LegalBasisTable(context: context).section())) }
    blocks.append(.section(AgreementTable(context: context).section()))
    return ReportSection(
      id: "information-sharing", title: "Information-sharing inventory", level: 2,
      blocks: blocks, startsPage: !exchanges.isEmpty || !context.map.agreements.isEmpty)
  }

  private var summary: [Inline] {
    let exchanges = context.map.exchanges
    guard !exchanges.isEmpty else {
      return [.missing("The map records no information exchanges between agencies.")]
    }
    let counts = Exchange.Status.allCases.compactMap { status -> String? in
      let count = exchanges.filter { $0.status == status }.count
      guard count > 0 else { return nil }
      return ReportWording.statusCount(count, status)
    }
    return [
      .text(
        "The map records "
          + ReportWording.count(exchanges.count, "information exchange", "information exchanges")
          + " between agencies: " + ReportWording.list(counts) + ". The citations of the "
          + "legal bases follow the table; they are plain-language summaries from simmap’s "
          + "catalog, not legal advice.")
    ]
  }

  private func row(_ exchange: Exchange) -> [[Inline]] {
    var information: [Inline] = .orMissing(
      exchange.data.isEmpty ? nil : exchange.data.joined(separator: "; "))
    if let purpose = exchange.purpose {
      information += [.lineBreak, .detail("Purpose: " + purpose.trimmed)]
    }
    if !exchange.records.isEmpty {
      information += [
        .lineBreak,
        .detail("Records: " + exchange.records.map(\.label).joined(separator: ", ")),
      ]
    }
    let how = [exchange.frequency?.label, exchange.mechanism?.label].compactMap { $0 }
    var status: [Inline] = [StatusBadge.exchange(exchange.status)]
    if !how.isEmpty {
      status += [.lineBreak, .detail(ReportWording.capitalized(how.joined(separator: ", ")))]
    }
    return [
      [.text("\(exchange.intercept.value)")],
      [
        .strong(context.shortName(exchange.from) + " → " + context.shortName(exchange.to))
      ] + context.citations(exchange.sources),
      information,
      legalBasis(exchange),
      agreement(exchange),
      status,
    ]
  }

  private func legalBasis(_ exchange: Exchange) -> [Inline] {
    let bases = exchange.legalBases.filter { $0 != .noneIdentified }
    guard !bases.isEmpty else { return [.missing("None identified")] }
    return [.text(bases.map(context.basisName).joined(separator: "; "))]
  }

  private func agreement(_ exchange: Exchange) -> [Inline] {
    guard let id = exchange.agreement, let agreement = context.agreement(id) else {
      return [.missing("None recorded")]
    }
    var cell: [Inline] = [.text(AgreementTable.name(of: agreement))]
    if let review = agreement.reviewBy {
      let overdue = DateWording.isPast(review, asOf: context.asOf)
      cell += [
        .lineBreak,
        .detail((overdue ? "Review overdue since " : "Review by ") + DateWording.words(review)),
      ]
    }
    return cell
  }
}
