import SIMModel

/// Finds the exchanges added, removed or changed in status between two maps.
///
/// Exchanges are paired by id, then by the same intercept, sender and receiver (the data items
/// most alike first).
enum ExchangeDiff {
  static func changes(old: Map, new: Map) -> [ExchangeChange] {
    let before = old.exchanges
    let after = new.exchanges
    let matcher = ItemMatcher(
      oldIDs: before.map(\.id.rawValue), newIDs: after.map(\.id.rawValue)
    ) { oldIndex, newIndex in
      let (was, now) = (before[oldIndex], after[newIndex])
      guard was.intercept == now.intercept, was.from == now.from, was.to == now.to else {
        return nil
      }
      let data = NameSimilarity.score(
        was.data.joined(separator: " "), now.data.joined(separator: " "))
      return (0.5 + data / 2, .agencies)
    }
    var changes: [ExchangeChange] = []
    for pair in matcher.pairs where before[pair.old].status != after[pair.new].status {
      changes.append(
        ExchangeChange(
          kind: .statusChanged, old: ExchangeSummary(before[pair.old], in: old),
          new: ExchangeSummary(after[pair.new], in: new), rule: pair.rule))
    }
    changes += matcher.unmatchedNew.map {
      ExchangeChange(kind: .added, new: ExchangeSummary(after[$0], in: new))
    }
    changes += matcher.unmatchedOld.map {
      ExchangeChange(kind: .removed, old: ExchangeSummary(before[$0], in: old))
    }
    return InterceptNumber.all.flatMap { number in changes.filter { $0.intercept == number } }
  }
}
