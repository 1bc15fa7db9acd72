/// The law or instrument that allows an exchange of information.
package enum LegalBasis: String, Vocabulary {
  /// The person's written consent.
  case consent
  /// HIPAA disclosure for treatment, 45 CFR §164.506.
  case hipaaTreatment = "hipaa-treatment"
  /// HIPAA disclosure to a correctional institution, 45 CFR §164.512(k)(5).
  case hipaaCorrectional = "hipaa-correctional"
  /// HIPAA disclosure for law enforcement purposes, 45 CFR §164.512(f).
  case hipaaLawEnforcement = "hipaa-law-enforcement"
  /// HIPAA disclosure to avert a serious threat, 45 CFR §164.512(j).
  case hipaaSeriousThreat = "hipaa-serious-threat"
  /// Written consent under 42 CFR Part 2.
  case part2Consent = "part2-consent"
  /// A court order under 42 CFR Part 2 §§2.64–2.67.
  case part2CourtOrder = "part2-court-order"
  /// A FERPA exception, such as 34 CFR §99.38 for juvenile justice.
  case ferpaException = "ferpa-exception"
  /// A state statute.
  case stateLaw = "state-law"
  /// A court order.
  case courtOrder = "court-order"
  /// The workshop could not name a basis.
  case noneIdentified = "none-identified"
}
