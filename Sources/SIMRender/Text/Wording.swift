import SIMModel

/// The words the pictures use for model values.
enum Wording {
  /// A legal basis as people say it, such as "HIPAA treatment".
  static func legalBasis(_ basis: LegalBasis) -> String {
    switch basis {
    case .consent: "consent"
    case .hipaaTreatment: "HIPAA treatment"
    case .hipaaCorrectional: "HIPAA correctional"
    case .hipaaLawEnforcement: "HIPAA law enforcement"
    case .hipaaSeriousThreat: "HIPAA serious threat"
    case .part2Consent: "Part 2 consent"
    case .part2CourtOrder: "Part 2 court order"
    case .ferpaException: "FERPA exception"
    case .stateLaw: "state law"
    case .courtOrder: "court order"
    case .noneIdentified: "no legal basis identified"
    }
  }

  /// The legal bases of an exchange, or "no legal basis identified" when it names none.
  static func legalBases(_ bases: [LegalBasis]) -> String {
    bases.isEmpty ? legalBasis(.noneIdentified) : bases.map(legalBasis).joined(separator: ", ")
  }

  /// Whether an exchange names a real legal basis.
  static func hasLegalBasis(_ exchange: Exchange) -> Bool {
    exchange.legalBases.contains { $0 != .noneIdentified }
  }

  /// An agreement in a few words: `MOU “Data Link”` or `BAA`.
  static func agreement(_ agreement: Agreement) -> String {
    guard let title = agreement.title, !title.isEmpty else { return agreement.kind.label }
    return agreement.kind.label + " “" + title + "”"
  }

  /// An intercept's heading: `Intercept 1 — Law Enforcement`, in the map's continuum wording.
  static func interceptHeading(_ number: InterceptNumber, continuum: Continuum) -> String {
    "Intercept \(number.value) — " + number.title(for: continuum)
  }

  /// A vocabulary id such as a practice, with hyphens read as spaces.
  static func identifier(_ text: String) -> String {
    text.split(separator: "-", omittingEmptySubsequences: false).joined(separator: " ")
  }

  /// The short name of an agency, or its id when the map does not define it.
  static func agencyShortName(_ id: Agency.ID, in map: Map) -> String {
    map.agency(id: id)?.displayName ?? id.rawValue
  }

  /// The full name of an agency, or its id when the map does not define it.
  static func agencyFullName(_ id: Agency.ID, in map: Map) -> String {
    map.agency(id: id)?.name ?? id.rawValue
  }
}
