import SIMAnalysis

/// How the changes of a diff read.
enum DiffWording {
  /// "3 changes: 1 resource renamed, 1 gap closed, 1 exchange now in place", or "No changes".
  static func headline(_ diff: MapDiff) -> String {
    guard diff.changeCount > 0 else { return "No changes" }
    let count = ReportWording.count(diff.changeCount, "change", "changes")
    return count + ": " + diff.tally.joined(separator: ", ")
  }

  /// A warning when the maps describe different places, or nil.
  static func placeWarning(_ diff: MapDiff) -> String? {
    guard !diff.old.isSameJurisdiction(as: diff.new) else { return nil }
    return "Note: the maps describe different places or continua (\(diff.old.place), "
      + "\(diff.old.continuum.rawValue); \(diff.new.place), \(diff.new.continuum.rawValue)); "
      + "diff is meant for two mappings of one jurisdiction."
  }

  /// A resource change in words, without its intercept:
  /// `renamed: "Old" → "New" (matched by practice and name)`.
  static func resource(_ change: ResourceChange) -> String {
    let rule = change.rule.map { " (\($0.label))" } ?? ""
    switch change.kind {
    case .added:
      return "added: \"\(change.name)\" (\(change.new?.status.label ?? ""))"
    case .ended:
      let how = change.new == nil ? "no longer on the map" : "status ended"
      return "ended: \"\(change.name)\" (\(how))\(rule)"
    case .renamed:
      return "renamed: \"\(change.old?.name ?? "")\" → \"\(change.name)\"\(rule)"
    case .statusChanged:
      return "status changed: \"\(change.name)\" \(change.old?.status.label ?? "") → "
        + "\(change.new?.status.label ?? "")\(rule)"
    case .moved:
      let from = change.oldIntercept.map { "from Intercept \($0)" } ?? ""
      return "moved: \"\(change.name)\" \(from)\(rule)"
    }
  }

  /// A gap change in words: `closed: "No crisis beds" (crisis-beds); closed by: Crisis center`.
  static func gap(_ change: GapChange) -> String {
    let closers =
      change.closedBy.isEmpty ? "" : "; closed by: " + change.closedBy.joined(separator: ", ")
    return "\(change.kind.rawValue): \"\(change.gap.text)\" (\(change.gap.id))\(closers)"
  }

  /// An exchange change in words: `now in place: Jail → CMHC: release dates, was gap (exchange
  /// release-dates)`.
  static func exchange(_ change: ExchangeChange) -> String {
    guard let exchange = change.exchange else { return "" }
    let id = " (exchange \(exchange.id))"
    switch change.kind {
    case .added: return "added: \(exchange.description), \(exchange.status.label)\(id)"
    case .removed: return "removed: \(exchange.description)\(id)"
    case .statusChanged:
      let was = change.old?.status.label ?? ""
      let what = change.isNowInPlace ? "now in place" : "now \(exchange.status.label)"
      return "\(what): \(exchange.description), was \(was)\(id)"
    }
  }

  /// A priority's progress: `Priority 1, Expand crisis response: 2 of 4 steps done`.
  static func priority(_ progress: PriorityProgress) -> String {
    let prefix: String =
      switch progress.kind {
      case .continued: ""
      case .added: "added: "
      case .dropped: "dropped: "
      }
    return "\(prefix)Priority \(progress.rank), \(progress.title): "
      + "\(progress.stepsDone) of \(progress.stepsTotal) steps done"
  }
}
