import SIMModel

/// Follows each priority's action plan between two maps.
///
/// Priorities are paired by id, then by titles at least half alike. A step is newly done when it
/// is done on the new map and the same step (the same words, or at least 60% alike) of the
/// paired old priority was not done, or was not there.
enum PriorityDiff {
  static func progress(old: Map, new: Map) -> [PriorityProgress] {
    let matcher = ItemMatcher(
      oldIDs: old.priorities.map(\.id.rawValue), newIDs: new.priorities.map(\.id.rawValue)
    ) { oldIndex, newIndex in
      let score = NameSimilarity.score(
        old.priorities[oldIndex].title, new.priorities[newIndex].title)
      return score >= ResourceDiff.nameThreshold ? (score, .text) : nil
    }
    let partners = Dictionary(
      uniqueKeysWithValues: matcher.pairs.map { ($0.new, old.priorities[$0.old]) })
    var result = new.priorities.enumerated().map { index, priority in
      let now = steps(of: priority, in: new)
      let before = partners[index].map { steps(of: $0, in: old) } ?? []
      let newlyDone = now.filter { step in
        step.status == .done && !before.contains { $0.status == .done && isSame($0, step) }
      }
      return PriorityProgress(
        kind: partners[index] == nil ? .added : .continued, id: priority.id.rawValue,
        rank: priority.rank, title: priority.title,
        stepsDone: now.filter { $0.status == .done }.count, stepsTotal: now.count,
        newlyDone: newlyDone.map(\.action))
    }
    result += matcher.unmatchedOld.map { index in
      let priority = old.priorities[index]
      let before = steps(of: priority, in: old)
      return PriorityProgress(
        kind: .dropped, id: priority.id.rawValue, rank: priority.rank, title: priority.title,
        stepsDone: before.filter { $0.status == .done }.count, stepsTotal: before.count)
    }
    return result.sorted { left, right in
      if (left.kind == .dropped) != (right.kind == .dropped) { return right.kind == .dropped }
      return left.rank != right.rank ? left.rank < right.rank : left.id < right.id
    }
  }

  /// Every step of the actions serving `priority`, in map order.
  private static func steps(of priority: Priority, in map: Map) -> [Action.Step] {
    map.actions.filter { $0.priority == priority.id }.flatMap(\.steps)
  }

  private static func isSame(_ old: Action.Step, _ new: Action.Step) -> Bool {
    old.action == new.action || NameSimilarity.score(old.action, new.action) >= 0.6
  }
}
