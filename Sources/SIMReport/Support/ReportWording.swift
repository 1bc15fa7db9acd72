import SIMModel

/// The words reports use for model values, so every format says things the same way.
enum ReportWording {
  /// What a report shows for a value the map leaves out.
  static let notRecorded = "not recorded"
  /// What a report shows for an empty list.
  static let noneRecorded = "None recorded."

  /// `1 vote`, `2 votes`.
  static func count(_ number: Int, _ one: String, _ many: String) -> String {
    "\(number) \(number == 1 ? one : many)"
  }

  /// A figure as simmap writes it everywhere (see `Figures.text(_:)`): `9,800`, `2.5`.
  static func number(_ value: Double) -> String {
    Figures.text(value)
  }

  /// A whole number with thousands separated by commas.
  static func number(_ value: Int) -> String { number(Double(value)) }

  /// A measure as people read it: `9,800 bookings (2025)`, `71% (2025)`.
  static func measure(_ measure: Measure) -> String {
    var text = number(measure.value)
    if let unit = measure.unit, !unit.isEmpty {
      text += unit == "%" ? "%" : " " + unit
    }
    if let year = measure.year { text += " (\(year))" }
    return text
  }

  /// `Intercept 2: Initial Detention / Initial Court Hearings`.
  static func intercept(_ number: InterceptNumber, continuum: Continuum) -> String {
    "Intercept \(number.value): " + number.title(for: continuum)
  }

  /// The agency's full name, or its id when the map does not define it.
  static func agencyName(_ id: Agency.ID, in map: Map) -> String {
    map.agency(id: id)?.name ?? id.rawValue
  }

  /// The agency's short name (or name), or its id when the map does not define it.
  static func agencyShortName(_ id: Agency.ID, in map: Map) -> String {
    map.agency(id: id)?.displayName ?? id.rawValue
  }

  /// Names joined as `A, B and C`.
  static func list(_ items: [String]) -> String {
    guard let last = items.last else { return "" }
    guard items.count > 1 else { return last }
    return items.dropLast().joined(separator: ", ") + " and " + last
  }

  /// A sentence-case version of a vocabulary word: `in place` gives `In place`.
  static func capitalized(_ text: String) -> String {
    guard let first = text.first else { return text }
    return first.uppercased() + text.dropFirst()
  }

  /// An exchange's status as a reader says it.
  static func status(_ status: Exchange.Status) -> String {
    switch status {
    case .inPlace: "In place"
    case .partial: "Partial"
    case .planned: "Planned"
    case .gap: "Gap: not happening"
    }
  }

  /// How many exchanges have a status, for a summary: `2 needed but not happening`.
  static func statusCount(_ count: Int, _ status: Exchange.Status) -> String {
    switch status {
    case .inPlace: "\(count) in place"
    case .partial: "\(count) partial"
    case .planned: "\(count) planned"
    case .gap: "\(count) needed but not happening"
    }
  }

  /// An agency's role as people write it: `SUD treatment`, `Medicaid`.
  static func role(_ role: Agency.Role) -> String {
    switch role {
    case .sudTreatment: "SUD treatment"
    case .medicaid: "Medicaid"
    default: role.label
    }
  }

  /// A resource's status as a reader says it.
  static func status(_ status: Resource.Status) -> String {
    switch status {
    case .operating: "Operating"
    case .limited: "Limited capacity"
    case .planned: "Planned"
    case .ended: "Ended"
    }
  }

  /// An action step's status as a reader says it.
  static func status(_ status: Action.Step.Status) -> String {
    switch status {
    case .notStarted: "Not started"
    case .inProgress: "In progress"
    case .done: "Done"
    case .blocked: "Blocked"
    }
  }

  /// The words of a stakeholder part: "executive sponsor".
  static func stakeholder(_ part: TeamMember.Stakeholder) -> String {
    switch part {
    case .executiveSponsor: "executive sponsor"
    case .coChair: "co-chair"
    case .legalExpert: "legal expert"
    case .boundarySpanner: "boundary spanner"
    case .consumerAdvocate: "consumer advocate"
    case .livedExperience: "lived experience"
    case .familyMember: "family member"
    case .dataLead: "data lead"
    case .facilitator: "facilitator"
    }
  }
}
