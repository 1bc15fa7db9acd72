import SIMModel

/// Finds the resource changes between two maps.
///
/// Resources are paired by id; then, among the rest, by the same practice (or neither naming
/// one) with names at least half alike (`NameSimilarity`); then by the same practice at the same
/// intercept run by the same agencies. A paired resource whose name changed is renamed, never
/// counted as one ended and one added.
enum ResourceDiff {
  /// The least name likeness for a pair by practice and name.
  static let nameThreshold = 0.5

  typealias Listed = (intercept: InterceptNumber, resource: Resource)

  static func changes(old: Map, new: Map) -> [ResourceChange] {
    let before = old.allResources
    let after = new.allResources
    let matcher = ItemMatcher(
      oldIDs: before.map(\.resource.id.rawValue), newIDs: after.map(\.resource.id.rawValue)
    ) { oldIndex, newIndex in likeness(before[oldIndex], after[newIndex]) }
    var changes: [(order: Int, change: ResourceChange)] = []
    for pair in matcher.pairs {
      let changed = self.changed(before[pair.old], after[pair.new], rule: pair.rule)
      changes += changed.map { (pair.new, $0) }
    }
    for index in matcher.unmatchedNew {
      let (intercept, resource) = after[index]
      changes.append((index, ResourceChange(kind: .added, intercept: intercept, new: resource)))
    }
    for index in matcher.unmatchedOld where before[index].resource.status != .ended {
      let (intercept, resource) = before[index]
      changes.append(
        (
          after.count + index,
          ResourceChange(kind: .ended, intercept: intercept, old: resource, oldIntercept: intercept)
        ))
    }
    return changes.sorted { left, right in
      if left.change.intercept != right.change.intercept {
        return left.change.intercept < right.change.intercept
      }
      return left.order < right.order
    }.map(\.change)
  }

  /// How alike an unpaired old and new resource are, and by which rule; nil when they are not.
  private static func likeness(_ old: Listed, _ new: Listed) -> (score: Double, rule: MatchRule)? {
    guard old.resource.practice == new.resource.practice else { return nil }
    let names = NameSimilarity.score(old.resource.name, new.resource.name)
    if names >= nameThreshold { return (names, .practiceAndName) }
    if old.resource.practice != nil, old.intercept == new.intercept,
      !old.resource.agencies.isEmpty, Set(old.resource.agencies) == Set(new.resource.agencies)
    {
      return (names / 10, .practiceAndPlace)
    }
    return nil
  }

  /// The changes between two versions of one resource, in the order rename, status, move.
  private static func changed(_ old: Listed, _ new: Listed, rule: MatchRule) -> [ResourceChange] {
    func change(_ kind: ResourceChange.Kind) -> ResourceChange {
      ResourceChange(
        kind: kind, intercept: new.intercept, old: old.resource, new: new.resource,
        oldIntercept: old.intercept, rule: rule)
    }
    var changes: [ResourceChange] = []
    if old.resource.name != new.resource.name { changes.append(change(.renamed)) }
    if old.resource.status != new.resource.status {
      changes.append(change(new.resource.status == .ended ? .ended : .statusChanged))
    }
    if old.intercept != new.intercept { changes.append(change(.moved)) }
    return changes
  }
}
