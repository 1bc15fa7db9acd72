import SIMModel

/// Finds and ranks linkage opportunities: at one intercept, a justice agency and a health or
/// behavioral health agency both run resources, but no exchange between them is in place.
///
/// A pair counts only when a `LinkageTemplate` fits their roles at that intercept, so every
/// opportunity comes with a suggested exchange. A pair that runs a resource together (such as
/// a co-responder team) already works as one and is left out. Opportunities are ranked by the
/// number of resources they touch, then by the largest figure of people recorded there, then
/// by intercept and names.
///
/// The work is linear in the map plus one constant-time step per justice–health pair: the
/// exchanges are indexed by agency pair once, each agency's resources and figures are counted
/// once per intercept, and only the `limit` best pairs become full opportunities. A map with
/// 500 justice and 500 health agencies has 250,000 pairs at an intercept; the analysis keeps
/// the best 100 and counts the rest.
struct LinkageFinder {
  /// The opportunities kept, best first, and how many were found in all.
  struct Result: Hashable, Sendable {
    /// The best opportunities, ranked from 1.
    var opportunities: [LinkageOpportunity]
    /// Every opportunity found, kept or not.
    var total: Int

    /// How many opportunities were found but not kept.
    var leftOut: Int { total - opportunities.count }

    /// No opportunities, for a map that switches the rule off.
    static let none = Result(opportunities: [], total: 0)
  }

  /// How many opportunities an analysis keeps: enough for any planning workshop, few enough
  /// that a report and a picture stay readable.
  static let limit = 100

  let context: AnalysisContext

  /// The `limit` best opportunities of the map, and how many there are in all.
  func ranked(keeping limit: Int = Self.limit) -> Result {
    let exchanges = ExchangeIndex(context: context)
    var best = BestCandidates(limit: limit)
    var total = 0
    for intercept in InterceptNumber.all {
      let pairs = InterceptPairs(context: context, intercept: intercept)
      total += pairs.forEachCandidate(exchanges: exchanges) { best.offer($0) }
    }
    let opportunities = best.ranked.enumerated().map { index, candidate in
      opportunity(candidate, rank: index + 1, exchanges: exchanges)
    }
    return Result(opportunities: opportunities, total: total)
  }

  private func opportunity(_ candidate: Candidate, rank: Int, exchanges: ExchangeIndex)
    -> LinkageOpportunity
  {
    let (justice, health, intercept) = (candidate.justice, candidate.health, candidate.intercept)
    let template = LinkageTemplate.all[candidate.template]
    let touched = context.placements(serving: intercept).filter(\.isRunning).filter {
      $0.resource.agencies.contains { $0 == justice.id || $0 == health.id }
    }
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
    let named = exchanges.exchanges(between: justice.id, health.id, at: intercept).map { index in
      let exchange = context.map.exchanges[index]
      return LinkageOpportunity.NamedExchange(
        id: exchange.id, status: exchange.status,
        location: context.location(context.path(ofElement: index, in: ModelPath.exchanges)))
    }
    return LinkageOpportunity(
      rank: rank, intercept: intercept, justice: reference(justice), health: reference(health),
      resources: touched.map(\.resource.id),
      people: PeopleCount(context: context).largest(at: intercept, among: touched),
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

extension LinkageFinder {
  /// A pair that qualifies, with what ranks it; it becomes a full opportunity only if kept.
  struct Candidate {
    var intercept: InterceptNumber
    var justice: Agency
    var health: Agency
    /// The index in `LinkageTemplate.all` of the first template that fits.
    var template: Int
    /// How many running resources of either agency serve the intercept.
    var resources: Int
    /// The largest figure of people recorded there, or -1 when there is none.
    var people: Double
    /// The places of the two agencies in the order they first run a resource there, which
    /// orders pairs that tie on everything else as they were found.
    var order: (justice: Int, health: Int)

    /// Whether this candidate ranks before `other`.
    func ranks(before other: Candidate) -> Bool {
      if resources != other.resources { return resources > other.resources }
      if people != other.people { return people > other.people }
      if intercept != other.intercept { return intercept < other.intercept }
      let names = (justice.displayName, health.displayName)
      let otherNames = (other.justice.displayName, other.health.displayName)
      if names != otherNames { return names < otherNames }
      return order < other.order
    }
  }
}
