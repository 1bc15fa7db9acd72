import SIMModel

/// The justice and health agencies running resources at one intercept, with what ranks a pair
/// of them counted once per agency, so each pair costs a few lookups.
struct InterceptPairs {
  /// One agency running resources at the intercept.
  private struct Side {
    var agency: Agency
    /// Its place in the order agencies first run a resource here.
    var order: Int
    /// How many running resources here it runs.
    var resources = 0
    /// The largest figure of people among those resources, or -1.
    var people = -1.0
    /// Bit `t` is set when template `t` of `LinkageTemplate.all` fits it here.
    var templates: UInt64 = 0
  }

  let intercept: InterceptNumber
  private var justice: [Side] = []
  private var health: [Side] = []
  /// Justice and health agencies that run a resource together here: they already work as one.
  private var together: Set<Pair> = []
  /// The largest figure of people the intercept itself records, or -1.
  private let interceptPeople: Double

  private struct Pair: Hashable {
    var justice: Agency.ID
    var health: Agency.ID
  }

  init(context: AnalysisContext, intercept: InterceptNumber) {
    self.intercept = intercept
    interceptPeople = Self.largest(context.map[intercept: intercept].measures)
    var sides: [Agency.ID: Side] = [:]
    var order: [Agency.ID] = []
    for placement in context.placements(serving: intercept) where placement.isRunning {
      var seen: Set<Agency.ID> = []
      let people = Self.largest(placement.resource.measures)
      for id in placement.resource.agencies where seen.insert(id).inserted {
        guard let agency = context.agency(id) else { continue }
        var side = sides[id] ?? Side(agency: agency, order: order.count)
        if side.order == order.count { order.append(id) }
        side.resources += 1
        side.people = max(side.people, people)
        sides[id] = side
      }
      let agencies = seen.compactMap(context.agency)
      if agencies.count > 1 {
        for first in agencies where first.sector == .justice {
          for second in agencies where second.sector.isHealth {
            together.insert(Pair(justice: first.id, health: second.id))
          }
        }
      }
    }
    for id in order {
      guard var side = sides[id] else { continue }
      if side.agency.sector == .justice {
        side.templates = Self.templates(at: intercept) { $0.fits(justice: side.agency) }
        justice.append(side)
      } else if side.agency.sector.isHealth {
        side.templates = Self.templates(at: intercept) { $0.fits(health: side.agency) }
        health.append(side)
      }
    }
  }

  /// Calls `body` with each pair that is an opportunity, justice agencies in the order they
  /// first run a resource here, then health agencies likewise.
  /// - Returns: how many there were.
  func forEachCandidate(
    exchanges: ExchangeIndex, _ body: (LinkageFinder.Candidate) -> Void
  ) -> Int {
    var count = 0
    for first in justice where first.templates != 0 {
      for second in health {
        let fitting = first.templates & second.templates
        guard fitting != 0,
          !together.contains(Pair(justice: first.agency.id, health: second.agency.id)),
          !exchanges.linked(first.agency.id, second.agency.id, at: intercept)
        else { continue }
        count += 1
        body(
          LinkageFinder.Candidate(
            intercept: intercept, justice: first.agency, health: second.agency,
            template: fitting.trailingZeroBitCount, resources: first.resources + second.resources,
            people: max(interceptPeople, first.people, second.people),
            order: (first.order, second.order)))
      }
    }
    return count
  }

  /// The templates, as bits, that fit at `intercept` and on one side.
  private static func templates(
    at intercept: InterceptNumber, fitting: (LinkageTemplate) -> Bool
  ) -> UInt64 {
    var bits: UInt64 = 0
    for (index, template) in LinkageTemplate.all.enumerated()
    where template.intercepts.contains(intercept.value) && fitting(template) {
      bits |= 1 << UInt64(index)
    }
    return bits
  }

  /// The largest figure counted in people (see `PeopleCount.units`), or -1.
  private static func largest(_ measures: [Measure]) -> Double {
    measures.filter { PeopleCount.units.contains(($0.unit ?? "").lowercased()) }
      .map(\.value).max() ?? -1
  }
}
