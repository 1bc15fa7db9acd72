import Foundation

/// How alike two maps are, from 0 to 1, with the parts it is made of.
///
/// similarity = Σ (weight × score) ÷ Σ weight, over the parts both maps record. The parts are
/// the continuum (1 when the same, else 0; weight 0.4), the jurisdiction kind (1 when the same,
/// else 0; weight 0.1), the population band (1 same band, 0.5 neighboring band, 0 otherwise;
/// weight 0.1) and the practice profile (practices running in both ÷ practices running in
/// either; weight 0.4). A part one of the maps does not record (a population, any running
/// practice) is left out rather than counted as a difference.
package struct Similarity: Hashable, Sendable {
  /// What a part of the score measures.
  package enum Factor: String, Hashable, Sendable, CaseIterable {
    /// Adult or juvenile.
    case continuum
    /// County, city, region, state or tribal nation.
    case kind = "jurisdiction-kind"
    /// The population band.
    case populationBand = "population-band"
    /// The practices running on each map.
    case practices

    /// The factor in words, such as "population band".
    package var label: String {
      switch self {
      case .continuum: "continuum"
      case .kind: "jurisdiction kind"
      case .populationBand: "population band"
      case .practices: "practice profile"
      }
    }

    /// How much the factor counts.
    package var weight: Double {
      switch self {
      case .continuum: 0.4
      case .kind: 0.1
      case .populationBand: 0.1
      case .practices: 0.4
      }
    }
  }

  /// One part of the score.
  package struct Part: Hashable, Sendable {
    /// What it measures.
    package var factor: Factor
    /// The score, 0 to 1; nil when a map does not record it and the part is left out.
    package var score: Double?
    /// Our map's value in words, such as "adult" or "not recorded".
    package var ours: String
    /// Their map's value in words.
    package var theirs: String
    /// How the score was found, such as "4 shared of 42 running in either".
    package var detail: String

    /// Creates a part.
    package init(factor: Factor, score: Double?, ours: String, theirs: String, detail: String) {
      self.factor = factor
      self.score = score
      self.ours = ours
      self.theirs = theirs
      self.detail = detail
    }

    /// The factor's weight.
    package var weight: Double { factor.weight }
  }

  /// The formula, as the reports state it.
  package static let formula =
    "similarity = Σ (weight × score) ÷ Σ weight, over the parts both maps record"

  /// The parts, in `Factor.allCases` order.
  package var parts: [Part]

  /// Creates a similarity from its parts.
  package init(parts: [Part]) {
    self.parts = parts
  }

  /// The parts that count: those both maps record.
  package var countedParts: [Part] { parts.filter { $0.score != nil } }

  /// The score, 0 to 1; 0 when no part can be counted.
  package var value: Double {
    let weights = countedParts.reduce(0) { $0 + $1.weight }
    guard weights > 0 else { return 0 }
    return countedParts.reduce(0) { $0 + $1.weight * ($1.score ?? 0) } / weights
  }

  /// The score as a whole percentage.
  package var percent: Int { Int((value * 100).rounded()) }

  /// The formula with this comparison's numbers, such as
  /// "(0.40 × 1.00 + 0.10 × 1.00 + 0.40 × 0.10) ÷ 0.90 = 0.64".
  package var worked: String {
    let terms = countedParts.map { "\(Self.decimal($0.weight)) × \(Self.decimal($0.score ?? 0))" }
    let weights = countedParts.reduce(0) { $0 + $1.weight }
    return "(\(terms.joined(separator: " + "))) ÷ \(Self.decimal(weights)) = \(Self.decimal(value))"
  }

  /// A number with two decimals, as reports write scores and weights.
  package static func decimal(_ value: Double) -> String {
    String(format: "%.2f", value)
  }
}
