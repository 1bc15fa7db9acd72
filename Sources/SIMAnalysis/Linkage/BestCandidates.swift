/// Keeps the best `limit` linkage candidates seen so far, best first, without holding the rest.
struct BestCandidates {
  let limit: Int
  /// The kept candidates, best first.
  private(set) var ranked: [LinkageFinder.Candidate] = []

  init(limit: Int) {
    self.limit = max(0, limit)
    ranked.reserveCapacity(min(self.limit, 1_024) + 1)
  }

  /// Keeps `candidate` if it ranks among the best `limit` so far.
  mutating func offer(_ candidate: LinkageFinder.Candidate) {
    guard limit > 0 else { return }
    if ranked.count == limit, let last = ranked.last, !candidate.ranks(before: last) { return }
    var low = 0
    var high = ranked.count
    while low < high {
      let middle = (low + high) / 2
      if candidate.ranks(before: ranked[middle]) { high = middle } else { low = middle + 1 }
    }
    ranked.insert(candidate, at: low)
    if ranked.count > limit { ranked.removeLast() }
  }
}
