import SIMModel

extension LegalBasisInfo.Recipient {
  /// The kinds of recipient an agency counts as, from its roles; nil when the map gives it no
  /// roles, so its kind is not known.
  ///
  /// Jail medical is both a health care provider and part of the correctional institution. A
  /// health or behavioral health agency the map marks as a HIPAA covered entity counts as a
  /// health care provider whatever its roles.
  package static func kinds(of agency: Agency) -> Set<Self>? {
    guard !agency.roles.isEmpty else { return nil }
    var kinds = Set(agency.roles.flatMap(kinds(of:)))
    if agency.sector.isHealth, agency.isHIPAACoveredEntity == true { kinds.insert(.healthProvider) }
    return kinds
  }

  private static func kinds(of role: Agency.Role) -> [Self] {
    switch role {
    case .correctionalHealth: [.healthProvider, .correctionalFacility]
    case .crisisProvider, .hospital, .communityMentalHealth, .sudTreatment, .healthCenter:
      [.healthProvider]
    case .jail, .prison: [.correctionalFacility]
    case .lawEnforcement: [.lawEnforcement]
    case .court: [.court]
    case .probation, .parole, .pretrial: [.probationParole]
    case .juvenileJustice: [.juvenileJustice]
    case .school: [.school]
    default: []
    }
  }

  /// How a message names the recipient kind: "a health care provider".
  package var phrase: String {
    switch self {
    case .healthProvider: "a health care provider"
    case .correctionalFacility: "a jail or prison"
    case .lawEnforcement: "law enforcement"
    case .court: "a court"
    case .probationParole: "probation, parole or pretrial supervision"
    case .juvenileJustice: "juvenile justice"
    case .school: "a school"
    case .any: "anyone the terms name"
    }
  }
}
