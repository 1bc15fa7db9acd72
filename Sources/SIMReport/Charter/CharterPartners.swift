import SIMModel

/// The partner agencies and what each takes on.
struct CharterPartners {
  let context: ReportContext

  func section() -> ReportSection {
    let charter = context.map.charter
    let partners = charter?.partners ?? []
    let coChairs = Set(charter?.coChairs ?? [])
    var blocks: [Block] = []
    if partners.isEmpty {
      blocks.append(
        .callout(
          Callout(
            .prompt, title: "To decide",
            paragraphs: [
              [
                .text(
                  "Which agencies are partners, and what each is responsible for. The "
                    + "agencies below send or receive information on the map; they are "
                    + "candidates, not partners yet.")
              ]
            ])))
      let candidates = exchangeAgencies
      blocks.append(
        .table(
          ReportTable(
            caption: "Candidate partners: agencies that exchange information on the map",
            columns: [.init("Agency"), .init("Sector"), .init("Responsibilities")],
            rows: candidates.map { id in
              [
                [.strong(context.agencyName(id))], sector(id),
                [.missing("To decide: whether it joins, and what it takes on")],
              ]
            }, hasRowHeaders: true, emptyText: "The map records no exchanges either.")))
    } else {
      blocks.append(
        .table(
          ReportTable(
            caption: "Partners and responsibilities",
            columns: [.init("Partner"), .init("Sector"), .init("Responsibilities")],
            rows: partners.map { partner in
              var name: [Inline] = [.strong(context.agencyName(partner.agency))]
              if coChairs.contains(partner.agency) {
                name += [.lineBreak, .detail("Co-chair")]
              }
              return [
                name, sector(partner.agency),
                .orMissing(
                  partner.responsibilities,
                  missing: "To decide: what this partner is responsible for"),
              ]
            }, hasRowHeaders: true)))
      let missing = exchangeAgencies.filter { id in !partners.contains { $0.agency == id } }
      if !missing.isEmpty {
        blocks.append(
          .paragraph([
            .missing(
              "To decide: whether these agencies, which exchange information in scope on the "
                + "map, should join: " + ReportWording.list(missing.map(context.agencyName)) + ".")
          ]))
      }
    }
    return ReportSection(
      id: "partners", title: "Partners and responsibilities", level: 2, blocks: blocks,
      startsPage: true)
  }

  /// The agencies that send or receive an exchange at an intercept in scope (any intercept
  /// when the scope is not decided), in the order they first appear.
  private var exchangeAgencies: [Agency.ID] {
    let scope = Set(context.map.charter?.intercepts ?? [])
    var seen = Set<Agency.ID>()
    return context.map.exchanges.filter { scope.isEmpty || scope.contains($0.intercept) }
      .flatMap { [$0.from, $0.to] }.filter { seen.insert($0).inserted }
  }

  private func sector(_ id: Agency.ID) -> [Inline] {
    .orMissing(context.map.agency(id: id).map { ReportWording.capitalized($0.sector.label) })
  }
}
