import SIMModel

extension Similarity {
  /// The similarity of two maps' profiles.
  static func between(_ ours: MapProfile, _ theirs: MapProfile) -> Similarity {
    let our = ours.summary
    let their = theirs.summary
    return Similarity(parts: [
      Part(
        factor: .continuum, score: our.continuum == their.continuum ? 1 : 0,
        ours: our.continuum.rawValue, theirs: their.continuum.rawValue,
        detail: our.continuum == their.continuum ? "the same" : "different"),
      Part(
        factor: .kind, score: our.kind == their.kind ? 1 : 0, ours: our.kind.label,
        theirs: their.kind.label, detail: our.kind == their.kind ? "the same" : "different"),
      population(our, their),
      practices(ours.runningPractices, theirs.runningPractices),
    ])
  }

  private static func population(_ ours: MapSummary, _ theirs: MapSummary) -> Part {
    let words = { (band: PopulationBand?) in band?.label ?? "not recorded" }
    guard let our = ours.populationBand, let their = theirs.populationBand else {
      return Part(
        factor: .populationBand, score: nil, ours: words(ours.populationBand),
        theirs: words(theirs.populationBand),
        detail: "left out: "
          + missingPopulation(ours: ours.populationBand, theirs: theirs.populationBand))
    }
    let likeness = our.likeness(to: their)
    let detail =
      likeness == 1 ? "the same band" : likeness > 0 ? "neighboring bands" : "bands far apart"
    return Part(
      factor: .populationBand, score: likeness, ours: our.label, theirs: their.label,
      detail: detail)
  }

  /// Which map lacks a population band: "not recorded on their map", "… on our map" or
  /// "not recorded on either map".
  private static func missingPopulation(ours: PopulationBand?, theirs: PopulationBand?) -> String {
    switch (ours, theirs) {
    case (.some, nil): "not recorded on their map"
    case (nil, .some): "not recorded on our map"
    default: "not recorded on either map"
    }
  }

  private static func practices(_ ours: Set<String>, _ theirs: Set<String>) -> Part {
    let either = ours.union(theirs).count
    let both = ours.intersection(theirs).count
    let words = { (set: Set<String>) in "\(set.count) running" }
    guard either > 0 else {
      return Part(
        factor: .practices, score: nil, ours: words(ours), theirs: words(theirs),
        detail: "left out: neither map has a practice running")
    }
    return Part(
      factor: .practices, score: Double(both) / Double(either), ours: words(ours),
      theirs: words(theirs), detail: "\(both) shared of \(either) running in either")
  }
}
