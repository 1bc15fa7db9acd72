extension DecisionPoint {
  /// The SIM's default decision points for an intercept, in order.
  ///
  /// Adult steps follow the standard SIM graphic (domain.md §1.3); juvenile steps follow the
  /// juvenile adaptation (§1.7). Ids are unique across all intercepts of a continuum.
  package static func defaults(for intercept: InterceptNumber, continuum: Continuum)
    -> [DecisionPoint]
  {
    let table = continuum == .adult ? adultDefaults : juvenileDefaults
    return table[intercept.value].map {
      DecisionPoint(id: ID($0.id), name: $0.name, isDefault: true)
    }
  }

  /// Every default decision point of a continuum, keyed by id.
  package static func allDefaults(for continuum: Continuum) -> [ID: DecisionPoint] {
    var result: [ID: DecisionPoint] = [:]
    for intercept in InterceptNumber.all {
      for point in defaults(for: intercept, continuum: continuum) { result[point.id] = point }
    }
    return result
  }

  private static let adultDefaults: [[(id: String, name: String)]] = [
    [("crisis-lines", "Crisis lines"), ("crisis-care", "Crisis care continuum")],
    [
      ("dispatch", "911 dispatch"), ("law-enforcement", "Local law enforcement"),
      ("arrest", "Arrest"),
    ],
    [("initial-detention", "Initial detention"), ("first-appearance", "First appearance court")],
    [
      ("jail-pretrial", "Jail: pretrial"), ("specialty-court", "Specialty court"),
      ("dispositional-court", "Dispositional court"),
    ],
    [
      ("prison", "Jail / prison"), ("jail-reentry", "Jail reentry"),
      ("prison-reentry", "Prison reentry"),
    ],
    [("probation", "Probation"), ("parole", "Parole"), ("violation", "Violation")],
  ]

  private static let juvenileDefaults: [[(id: String, name: String)]] = [
    [("crisis-lines", "Crisis lines"), ("community-services", "Community and school services")],
    [
      ("school-referral", "School referral"), ("law-enforcement", "Law enforcement contact"),
      ("arrest", "Arrest or civil citation"),
    ],
    [
      ("juvenile-assessment", "Juvenile assessment / intake"),
      ("detention-hearing", "Detention hearing"),
    ],
    [
      ("juvenile-detention", "Juvenile detention"), ("juvenile-court", "Juvenile court"),
      ("specialty-court", "Juvenile treatment court"),
    ],
    [
      ("residential-placement", "Residential placement"),
      ("reentry", "Reentry and aftercare planning"),
    ],
    [
      ("juvenile-probation", "Juvenile probation"), ("aftercare", "Aftercare"),
      ("violation", "Violation"),
    ],
  ]
}
