import SIMModel

/// Two maps side by side, intercept by intercept: what each has, what one has that the other
/// lacks, and how alike they are.
///
/// Building it is a pure function of the two maps and the catalog: the same maps always give the
/// same comparison, with every list in catalog or map order.
package struct MapComparison: Hashable, Sendable {
  /// Our map.
  package var ours: MapSummary
  /// Their map.
  package var theirs: MapSummary
  /// How alike the maps are, with its parts.
  package var similarity: Similarity
  /// Our core-practice coverage, per intercept and overall.
  package var ourCoverage: Coverage
  /// Their core-practice coverage.
  package var theirCoverage: Coverage
  /// Intercepts 0 to 5.
  package var intercepts: [InterceptComparison]
  /// Their exchanges in place or partial with no exchange like it working on our map.
  package var exchangesTheyHave: [ExchangeSummary]
  /// Our exchanges in place or partial with no exchange like it working on their map.
  package var exchangesWeHave: [ExchangeSummary]

  /// Compares two maps.
  ///
  /// - Parameters:
  ///   - ours: Our map; its file names it in the comparison.
  ///   - theirs: Their map.
  ///   - catalog: The practices to compare by.
  package init(ours: LoadedMap, theirs: LoadedMap, catalog: PracticeCatalog = .standard) {
    self.init(
      MapProfile(ours, catalog: catalog), MapProfile(theirs, catalog: catalog), catalog: catalog)
  }

  init(_ ours: MapProfile, _ theirs: MapProfile, catalog: PracticeCatalog) {
    self.ours = ours.summary
    self.theirs = theirs.summary
    self.similarity = Similarity.between(ours, theirs)
    self.ourCoverage = ours.coverage
    self.theirCoverage = theirs.coverage
    self.intercepts = InterceptNumber.all.map {
      InterceptComparison($0, ours: ours, theirs: theirs, catalog: catalog)
    }
    self.exchangesTheyHave = Self.missing(theirs.workingExchanges, from: ours.workingExchanges)
    self.exchangesWeHave = Self.missing(ours.workingExchanges, from: theirs.workingExchanges)
  }

  /// Practices they have running that we do not (we may have them planned), by intercept.
  package var practicesTheyHave: [(intercept: InterceptNumber, practice: PracticeComparison)] {
    rows(.onlyTheirs)
  }

  /// Practices we have running that they do not, by intercept.
  package var practicesWeHave: [(intercept: InterceptNumber, practice: PracticeComparison)] {
    rows(.onlyOurs)
  }

  private func rows(_ difference: PracticeComparison.Difference)
    -> [(intercept: InterceptNumber, practice: PracticeComparison)]
  {
    intercepts.flatMap { intercept in
      intercept.practices.filter { $0.difference == difference }.map { (intercept.number, $0) }
    }
  }

  /// The exchanges of `exchanges` with nothing alike in `other`, by intercept then map order.
  private static func missing(_ exchanges: [ExchangeSummary], from other: [ExchangeSummary])
    -> [ExchangeSummary]
  {
    let lacking = exchanges.filter { exchange in !other.contains { exchange.isAlike($0) } }
    return InterceptNumber.all.flatMap { number in lacking.filter { $0.intercept == number } }
  }
}
