/// Pairs the items of an old and a new version of a list: first by id, then by a likeness score
/// and rule the caller gives, best pairs first.
///
/// Each item is paired at most once. Among pairs of equal score the earlier old item, then the
/// earlier new item, wins, so the result depends only on the lists.
struct ItemMatcher {
  /// A pair of positions, and how it was found.
  struct Pair {
    var old: Int
    var new: Int
    var rule: MatchRule
  }

  /// The pairs, in old-list order.
  private(set) var pairs: [Pair] = []
  /// The old items left unpaired, in order.
  private(set) var unmatchedOld: [Int] = []
  /// The new items left unpaired, in order.
  private(set) var unmatchedNew: [Int] = []

  /// Matches `old` and `new` ids; `likeness(old, new)` scores other pairs and names the rule
  /// that allows them, nil meaning never.
  init(
    oldIDs: [String?], newIDs: [String?],
    likeness: (_ old: Int, _ new: Int) -> (score: Double, rule: MatchRule)?
  ) {
    var freeNew = Set(newIDs.indices)
    var freeOld = Set(oldIDs.indices)
    for (oldIndex, id) in oldIDs.enumerated() {
      guard let id,
        let newIndex = newIDs.indices.first(where: { freeNew.contains($0) && newIDs[$0] == id })
      else { continue }
      pairs.append(Pair(old: oldIndex, new: newIndex, rule: .id))
      freeNew.remove(newIndex)
      freeOld.remove(oldIndex)
    }
    var candidates: [(score: Double, rule: MatchRule, old: Int, new: Int)] = []
    for oldIndex in freeOld.sorted() {
      for newIndex in freeNew.sorted() {
        if let found = likeness(oldIndex, newIndex) {
          candidates.append((found.score, found.rule, oldIndex, newIndex))
        }
      }
    }
    candidates.sort { left, right in
      if left.score != right.score { return left.score > right.score }
      return left.old != right.old ? left.old < right.old : left.new < right.new
    }
    for candidate in candidates
    where freeOld.contains(candidate.old) && freeNew.contains(candidate.new) {
      pairs.append(Pair(old: candidate.old, new: candidate.new, rule: candidate.rule))
      freeOld.remove(candidate.old)
      freeNew.remove(candidate.new)
    }
    pairs.sort { $0.old < $1.old }
    unmatchedOld = freeOld.sorted()
    unmatchedNew = freeNew.sorted()
  }
}
