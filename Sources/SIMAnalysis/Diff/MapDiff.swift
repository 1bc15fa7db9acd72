import SIMModel

/// One jurisdiction's progress between two mappings: resources added, ended, renamed or
/// changed, gaps closed or opened, exchanges whose status changed, and priorities' steps done.
///
/// Building it is a pure function of the two maps: items are paired by id first, then by
/// practice and name (see `MatchRule`), and every list is in intercept, then map order.
package struct MapDiff: Hashable, Sendable {
  /// The earlier mapping.
  package var old: MapSummary
  /// The later mapping.
  package var new: MapSummary
  /// Resource changes, by intercept.
  package var resources: [ResourceChange]
  /// Gaps closed and opened, by intercept.
  package var gaps: [GapChange]
  /// Exchanges added, removed or changed in status, by intercept.
  package var exchanges: [ExchangeChange]
  /// Every priority of the new map by rank, then those the new map dropped.
  package var priorities: [PriorityProgress]

  /// Compares an earlier and a later map of one jurisdiction.
  package init(old: LoadedMap, new: LoadedMap) {
    self.old = MapSummary(map: old.map, file: old.file)
    self.new = MapSummary(map: new.map, file: new.file)
    self.resources = ResourceDiff.changes(old: old.map, new: new.map)
    self.gaps = GapDiff.changes(old: old.map, new: new.map)
    self.exchanges = ExchangeDiff.changes(old: old.map, new: new.map)
    self.priorities = PriorityDiff.progress(old: old.map, new: new.map)
  }

  /// Priority changes: priorities added or dropped.
  package var priorityChanges: [PriorityProgress] {
    priorities.filter { $0.kind != .continued }
  }

  /// Steps done since the old map, across all priorities.
  package var newlyDoneSteps: Int {
    priorities.reduce(0) { $0 + $1.newlyDone.count }
  }

  /// How many changes there are in all: each resource, gap and exchange change, each priority
  /// added or dropped, and each step newly done.
  package var changeCount: Int {
    resources.count + gaps.count + exchanges.count + priorityChanges.count + newlyDoneSteps
  }

  /// The changes counted by kind, in a fixed order, leaving out kinds with none:
  /// "1 resource renamed", "2 gaps closed", "1 exchange now in place".
  package var tally: [String] {
    var parts: [(Int, String, String)] = ResourceChange.Kind.allCases.map { kind in
      let count = resources.filter { $0.kind == kind }.count
      let verb = kind == .statusChanged ? "changed status" : kind.rawValue
      return (count, "resource \(verb)", "resources \(verb)")
    }
    parts += GapChange.Kind.allCases.map { kind in
      (gaps.filter { $0.kind == kind }.count, "gap \(kind.rawValue)", "gaps \(kind.rawValue)")
    }
    let nowInPlace = exchanges.filter(\.isNowInPlace).count
    parts += [
      (nowInPlace, "exchange now in place", "exchanges now in place"),
      (
        exchanges.filter { $0.kind == .statusChanged && !$0.isNowInPlace }.count,
        "exchange changed status", "exchanges changed status"
      ),
      (exchanges.filter { $0.kind == .added }.count, "exchange added", "exchanges added"),
      (exchanges.filter { $0.kind == .removed }.count, "exchange removed", "exchanges removed"),
      (priorities.filter { $0.kind == .added }.count, "priority added", "priorities added"),
      (priorities.filter { $0.kind == .dropped }.count, "priority dropped", "priorities dropped"),
      (newlyDoneSteps, "action step done", "action steps done"),
    ]
    return parts.filter { $0.0 > 0 }.map { "\($0.0) \($0.0 == 1 ? $0.1 : $0.2)" }
  }
}
