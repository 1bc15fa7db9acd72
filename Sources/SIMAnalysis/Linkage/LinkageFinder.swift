import SIMModel

/// Finds and ranks linkage opportunities: at one intercept, a justice agency and a health or
/// behavioral health agency both run resources, but no exchange between them is in place.
///
/// A pair counts only when a `LinkageTemplate` fits their roles at that intercept, so every
/// opportunity comes with a suggested exchange. A pair that runs a resource together (such as
/// a co-responder team) already works as one and is left out. Opportunities are ranked by the
/// number of resources they touch, then by the largest figure of people recorded there, then
/// by intercept and names.
struct LinkageFinder {
  let context: AnalysisContext

  func opportunities() -> [LinkageOpportunity] {
    let found = InterceptNumber.all.flatMap(opportunities(at:))
    let ranked = found.sorted { lhs, rhs in
      if lhs.resources.count != rhs.resources.count {
        return lhs.resources.count > rhs.resources.count
      }
      let left = lhs.people?.value ?? -1
      let right = rhs.people?.value ?? -1
      if left != right { return left > right }
      if lhs.intercept != rhs.intercept { return lhs.intercept < rhs.intercept }
      return (lhs.justice.name, lhs.health.name) < (rhs.justice.name, rhs.health.name)
    }
    return ranked.enumerated().map { index, opportunity in
      var ranked = opportunity
      ranked.rank = index + 1
      return ranked
    }
  }

  private func opportunities(at intercept: InterceptNumber) -> [LinkageOpportunity] {
    let running = context.placements(serving: intercept).filter(\.isRunning)
    let agencies = orderedAgencies(running)
    let justice = agencies.filter { $0.sector == .justice }
    let health = agencies.filter { $0.sector.isHealth }
    var result: [LinkageOpportunity] = []
    for justiceAgency in justice {
      for healthAgency in health {
        let shared = running.filter { placement in
          placement.resource.agencies.contains(justiceAgency.id)
            && placement.resource.agencies.contains(healthAgency.id)
        }
        guard shared.isEmpty, !linked(justiceAgency.id, healthAgency.id, at: intercept),
          let template = LinkageTemplate.first(
            justice: justiceAgency, health: healthAgency, at: intercept)
        else { continue }
        let touched = running.filter { placement in
          placement.resource.agencies.contains { $0 == justiceAgency.id || $0 == healthAgency.id }
        }
        result.append(
          opportunity(
            intercept, justice: justiceAgency, health: healthAgency, template: template,
            touched: touched))
      }
    }
    return result
  }

  /// The agencies running `placements`, each once, in the order they first appear.
  private func orderedAgencies(_ placements: [AnalysisContext.Placement]) -> [Agency] {
    var seen = Set<Agency.ID>()
    return placements.flatMap(\.resource.agencies).filter { seen.insert($0).inserted }
      .compactMap(context.agency)
  }

  private func exchanges(
    between first: Agency.ID, _ second: Agency.ID, at intercept: InterceptNumber
  )
    -> [(index: Int, exchange: Exchange)]
  {
    context.map.exchanges.enumerated().filter { _, exchange in
      exchange.intercept == intercept
        && Set([exchange.from, exchange.to]) == Set([first, second])
    }.map { ($0.offset, $0.element) }
  }

  private func linked(_ first: Agency.ID, _ second: Agency.ID, at intercept: InterceptNumber)
    -> Bool
  {
    exchanges(between: first, second, at: intercept).contains { $0.exchange.status == .inPlace }
  }

  private func opportunity(
    _ intercept: InterceptNumber, justice: Agency, health: Agency, template: LinkageTemplate,
    touched: [AnalysisContext.Placement]
  ) -> LinkageOpportunity {
    let (sender, receiver) =
      template.direction == .justiceToHealth ? (justice, health) : (health, justice)
    var records = template.records
    if sender.sector.isHealth,
      sender.isPart2Program == true || sender.roles.contains(.sudTreatment),
      records.contains(.health)
    {
      records.append(.substanceUse)
    }
    let kinds = LegalBasisInfo.Recipient.kinds(of: receiver)
    let bases = template.bases.compactMap(context.legalBases.info).filter { info in
      context.legalBases.suits(info, records: records, to: kinds)
    }.map { LinkageOpportunity.BasisReference(id: $0.id, name: $0.name, citation: $0.citation) }
    let named = exchanges(between: justice.id, health.id, at: intercept).map { index, exchange in
      LinkageOpportunity.NamedExchange(
        id: exchange.id, status: exchange.status,
        location: context.location(context.path(ofElement: index, in: ModelPath.exchanges)))
    }
    return LinkageOpportunity(
      rank: 0, intercept: intercept, justice: reference(justice), health: reference(health),
      resources: touched.map(\.resource.id),
      people: PeopleCount(context: context)
        .largest(at: intercept, among: touched),
      suggestion: LinkageOpportunity.Suggestion(
        title: template.title, from: reference(sender), to: reference(receiver),
        data: template.data, records: records, purpose: template.purpose),
      legalBases: bases, named: named,
      location: touched.first.flatMap { context.location($0.path) })
  }

  private func reference(_ agency: Agency) -> LinkageOpportunity.AgencyReference {
    LinkageOpportunity.AgencyReference(id: agency.id, name: agency.displayName)
  }
}
