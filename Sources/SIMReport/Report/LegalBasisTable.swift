import SIMModel

/// The legal bases the map's exchanges cite, with their citations and what they permit.
struct LegalBasisTable {
  let context: ReportContext

  func section() -> ReportSection {
    let exchanges = context.map.exchanges
    let cited = Set(exchanges.flatMap { $0.legalBases.isEmpty ? [.noneIdentified] : $0.legalBases })
    let rows = LegalBasis.allCases.filter(cited.contains).map { basis -> [[Inline]] in
      let info = context.legalBases.info(basis)
      let users = exchanges.filter { exchange in
        exchange.legalBases.contains(basis)
          || (basis == .noneIdentified && exchange.legalBases.isEmpty)
      }
      let names = users.map { context.shortName($0.from) + " → " + context.shortName($0.to) }
      return [
        [.strong(context.basisName(basis))],
        .orMissing(info?.citation),
        .orMissing(info?.permits),
        [.text(names.joined(separator: "; "))],
      ]
    }
    return ReportSection(
      id: "legal-bases", title: "Legal bases cited", level: 3,
      blocks: [
        .table(
          ReportTable(
            caption: "Legal bases cited by the exchanges",
            columns: [
              .init("Legal basis"), .init("Citation"), .init("What it permits"),
              .init("Exchanges"),
            ],
            rows: rows, hasRowHeaders: true, emptyText: "No exchanges, so no legal bases."))
      ])
  }
}
