import SIMModel

/// Finds the gaps closed and opened between two maps.
///
/// Gaps are paired by id, then by the same practice (or neither naming one) with texts at least
/// half alike. A gap of the old map with no partner is closed; one of the new map is opened.
enum GapDiff {
  static func changes(old: Map, new: Map) -> [GapChange] {
    let before = old.allGaps
    let after = new.allGaps
    let matcher = ItemMatcher(
      oldIDs: before.map(\.gap.id.rawValue), newIDs: after.map(\.gap.id.rawValue)
    ) { oldIndex, newIndex in
      let (oldGap, newGap) = (before[oldIndex].gap, after[newIndex].gap)
      guard oldGap.practice == newGap.practice else { return nil }
      let score = NameSimilarity.score(oldGap.text, newGap.text)
      return score >= ResourceDiff.nameThreshold ? (score, .text) : nil
    }
    let running = new.allResources.map(\.resource).filter(\.isRunning)
    let closed = matcher.unmatchedOld.map { index in
      let (intercept, gap) = before[index]
      let closers = gap.practice.map { practice in
        running.filter { $0.practice == practice }.map(\.name)
      }
      return GapChange(kind: .closed, intercept: intercept, gap: gap, closedBy: closers ?? [])
    }
    let opened = matcher.unmatchedNew.map { index in
      GapChange(kind: .opened, intercept: after[index].intercept, gap: after[index].gap)
    }
    return InterceptNumber.all.flatMap { number in
      (closed + opened).filter { $0.intercept == number }
    }
  }
}
