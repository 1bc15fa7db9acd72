import SIMModel

/// An exchange that suits a justice agency and a health agency at an intercept, after the
/// typical exchanges of the SIM literature (domain reference §4.6).
struct LinkageTemplate {
  /// Which side sends.
  enum Direction {
    case justiceToHealth
    case healthToJustice
  }

  /// The intercepts where the exchange fits.
  var intercepts: Set<Int>
  /// Justice roles it fits; an agency with no roles fits any template.
  var justiceRoles: Set<Agency.Role>
  /// Health roles it fits; an agency with no roles fits any template.
  var healthRoles: Set<Agency.Role>
  /// Which side sends.
  var direction: Direction
  /// What the exchange is.
  var title: String
  /// The information that would flow.
  var data: String
  /// The kinds of record it carries (substance use records are added for a Part 2 sender).
  var records: [Exchange.RecordKind]
  /// What it would achieve.
  var purpose: String
  /// The bases commonly cited for it, in order of preference; the catalog keeps those that
  /// actually cover the records and the recipient.
  var bases: [LegalBasis]

  /// Whether the template fits a justice and a health agency at `intercept`.
  func fits(justice: Agency, health: Agency, at intercept: InterceptNumber) -> Bool {
    intercepts.contains(intercept.value) && Self.matches(justice.roles, justiceRoles)
      && Self.matches(health.roles, healthRoles)
  }

  /// Whether the template's justice roles fit `justice` (its intercepts aside).
  func fits(justice: Agency) -> Bool { Self.matches(justice.roles, justiceRoles) }

  /// Whether the template's health roles fit `health` (its intercepts aside).
  func fits(health: Agency) -> Bool { Self.matches(health.roles, healthRoles) }

  private static func matches(_ roles: [Agency.Role], _ wanted: Set<Agency.Role>) -> Bool {
    roles.isEmpty || roles.contains(where: wanted.contains)
  }

  /// The first template that fits the pair at the intercept.
  static func first(justice: Agency, health: Agency, at intercept: InterceptNumber)
    -> LinkageTemplate?
  {
    all.first { $0.fits(justice: justice, health: health, at: intercept) }
  }
}
