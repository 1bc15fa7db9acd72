import SIMModel

/// The legal bases a map's exchanges can cite, with what each one allows.
package struct LegalBasisCatalog: Sendable {
  /// The entries, in catalog order.
  package let entries: [LegalBasisInfo]

  /// Creates a catalog; a later entry for a basis already present is dropped.
  package init(entries: [LegalBasisInfo]) {
    var seen = Set<LegalBasis>()
    self.entries = entries.filter { seen.insert($0.id).inserted }
  }

  /// The catalog shipped with simmap, `Resources/legal-bases.yaml`.
  ///
  /// Compiled in as Swift values and built on first use, like `PracticeCatalog.standard`.
  package static let standard = LegalBasisCatalog(entries: StandardCatalogs.legalBases)

  /// The entry for a basis.
  package func info(_ basis: LegalBasis) -> LegalBasisInfo? {
    entries.first { $0.id == basis }
  }

  /// The bases, in catalog order, that can carry every one of `records` to a recipient of one
  /// of `kinds` (nil when not known).
  ///
  /// Only bases for a standing exchange are offered: never `none-identified`, nor the HIPAA
  /// permissions for law enforcement requests and serious threats, which allow a disclosure
  /// case by case. The 42 CFR Part 2 bases are offered only for substance use records: for
  /// other records they add nothing to ordinary consent.
  package func bases(
    carrying records: [Exchange.RecordKind], to kinds: Set<LegalBasisInfo.Recipient>?
  ) -> [LegalBasisInfo] {
    entries.filter { suits($0, records: records, to: kinds) }
  }

  /// Whether `entry` can carry every one of `records` to a recipient of one of `kinds`, and is
  /// worth offering for them (see `bases(carrying:to:)`).
  package func suits(
    _ entry: LegalBasisInfo, records: [Exchange.RecordKind],
    to kinds: Set<LegalBasisInfo.Recipient>?
  ) -> Bool {
    let caseByCase: Set<LegalBasis> = [.noneIdentified, .hipaaLawEnforcement, .hipaaSeriousThreat]
    let part2 = entry.id == .part2Consent || entry.id == .part2CourtOrder
    guard !caseByCase.contains(entry.id), !part2 || records.contains(.substanceUse) else {
      return false
    }
    return records.allSatisfy { entry.allows($0, to: kinds) }
  }
}
