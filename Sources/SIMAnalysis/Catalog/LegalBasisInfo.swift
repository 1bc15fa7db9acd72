import SIMModel

/// What one legal basis for sharing allows, from the legal-basis catalog.
///
/// Plain-language summaries for planners, not legal advice.
package struct LegalBasisInfo: Hashable, Sendable, Identifiable {
  /// What a basis needs before information can flow.
  package enum Requirement: String, Hashable, Sendable, CaseIterable {
    case consent
    case courtOrder = "court-order"
    case agreement
    case coveredEntity = "covered-entity"
    case custody
    case stateStatute = "state-statute"
    case nothing
  }

  /// A kind of agency a basis lets information go to.
  package enum Recipient: String, Hashable, Sendable, CaseIterable {
    case healthProvider = "health-provider"
    case correctionalFacility = "correctional-facility"
    case lawEnforcement = "law-enforcement"
    case court
    case probationParole = "probation-parole"
    case juvenileJustice = "juvenile-justice"
    case school
    /// Any recipient the terms of the basis name.
    case any
  }

  /// The basis, as maps write it in `legal-basis:`.
  package var id: LegalBasis
  /// The name people use.
  package var name: String
  /// The law it rests on.
  package var citation: String
  /// What it permits.
  package var permits: String
  /// The kinds of record it can cover.
  package var covers: [Exchange.RecordKind]
  /// The kinds of record it never covers.
  package var doesNotCover: [Exchange.RecordKind]
  /// What it needs.
  package var requires: [Requirement]
  /// Who may receive information under it.
  package var recipients: [Recipient]
  /// Limits and practical advice.
  package var notes: String
  /// The public sources the entry is based on.
  package var sources: [CatalogSource]

  /// Creates an entry.
  package init(
    id: LegalBasis, name: String, citation: String, permits: String,
    covers: [Exchange.RecordKind], doesNotCover: [Exchange.RecordKind],
    requires: [Requirement], recipients: [Recipient], notes: String, sources: [CatalogSource]
  ) {
    self.id = id
    self.name = name
    self.citation = citation
    self.permits = permits
    self.covers = covers
    self.doesNotCover = doesNotCover
    self.requires = requires
    self.recipients = recipients
    self.notes = notes
    self.sources = sources
  }

  /// Whether the basis can carry `kind` of record to a recipient of one of `kinds`; nil
  /// `kinds` means the recipient's kind is not known, and only the records are checked.
  package func allows(_ kind: Exchange.RecordKind, to kinds: Set<Recipient>?) -> Bool {
    guard covers.contains(kind), !doesNotCover.contains(kind) else { return false }
    return allowsRecipient(kinds)
  }

  /// Whether a recipient of one of `kinds` may receive information under the basis; nil
  /// `kinds` (not known) is allowed.
  package func allowsRecipient(_ kinds: Set<Recipient>?) -> Bool {
    guard let kinds else { return true }
    return recipients.contains(.any) || !kinds.isDisjoint(with: recipients)
  }
}
