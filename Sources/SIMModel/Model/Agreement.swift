import Foundation

/// A signed instrument that governs information sharing between agencies.
package struct Agreement: Hashable, Sendable, Identifiable {
  /// The agreement's id.
  package typealias ID = Identifier<Agreement>

  /// The kind of instrument.
  package enum Kind: String, Vocabulary {
    /// Memorandum of understanding.
    case mou
    case dataSharingAgreement = "data-sharing-agreement"
    /// Qualified service organization agreement (42 CFR Part 2).
    case qsoa
    /// Business associate agreement (HIPAA).
    case baa
    case uniformConsentForm = "uniform-consent-form"
    case courtOrder = "court-order"
    /// A contract for services, such as a jail's health care contract with a provider.
    case serviceContract = "service-contract"

    /// The name as people say it.
    package var label: String {
      switch self {
      case .mou: "MOU"
      case .qsoa: "QSOA"
      case .baa: "BAA"
      default: rawValue.replacingOccurrences(of: "-", with: " ")
      }
    }
  }

  /// The id exchanges use in `agreement:`.
  package var id: ID
  /// The kind of instrument.
  package var kind: Kind
  /// Its title, when it has one.
  package var title: String?
  /// The agencies that signed it.
  package var parties: [Agency.ID]
  /// When it was signed.
  package var signed: CalendarDate?
  /// When it is due for review.
  package var reviewBy: CalendarDate?
  /// The sources cited for it.
  package var sources: [Source.ID]

  /// Creates an agreement.
  package init(
    id: ID, kind: Kind, title: String? = nil, parties: [Agency.ID] = [],
    signed: CalendarDate? = nil, reviewBy: CalendarDate? = nil, sources: [Source.ID] = []
  ) {
    self.id = id
    self.kind = kind
    self.title = title
    self.parties = parties
    self.signed = signed
    self.reviewBy = reviewBy
    self.sources = sources
  }
}
