import SIMModel

/// Picks the largest recorded figure of people passing through an intercept, to rank linkage
/// opportunities by how many people they touch.
///
/// Only measures counted in people or in contacts with people count (bookings, calls,
/// admissions …); percentages, officers, beds and money do not.
struct PeopleCount {
  let context: AnalysisContext

  /// Units that count people or contacts with people, compared in lowercase.
  static let units: Set<String> = [
    "people", "persons", "individuals", "participants", "clients", "patients", "youth",
    "bookings", "calls", "contacts", "dispatches", "visits", "admissions", "referrals",
    "releases", "arrests", "cases", "screenings", "guests", "inmates",
  ]

  /// The largest such figure among the intercept's own measures and those of `placements`.
  func largest(at intercept: InterceptNumber, among placements: [AnalysisContext.Placement])
    -> LinkageOpportunity.PeopleFigure?
  {
    let measures =
      context.map[intercept: intercept].measures
      + placements.flatMap(\.resource.measures)
    let counted = measures.filter { Self.units.contains(($0.unit ?? "").lowercased()) }
    guard let best = counted.max(by: { $0.value < $1.value }) else { return nil }
    return LinkageOpportunity.PeopleFigure(
      value: best.value, unit: best.unit ?? "", name: best.name, year: best.year)
  }
}
