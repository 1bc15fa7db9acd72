/// Whether a map follows the adult SIM or its juvenile adaptation.
package enum Continuum: String, Sendable, Hashable, CaseIterable {
  /// The adult justice system (the default).
  case adult
  /// The juvenile justice system, with schools and family services.
  case juvenile
}
