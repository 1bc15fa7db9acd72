import SIMAnalysis
import SIMModel

/// One intercept's box in the progress picture: its resource, gap and exchange changes.
struct ProgressCell {
  let theme: Theme
  let diff: MapDiff

  /// The box for `number`.
  func node(for number: InterceptNumber) -> DOTNode {
    var table = CellTable(theme: theme)
    let resources = diff.resources.filter { $0.intercept == number }
    let gaps = diff.gaps.filter { $0.intercept == number }
    let exchanges = diff.exchanges.filter { $0.intercept == number }
    if !resources.isEmpty {
      table.heading("Resources")
      for change in resources { table.item(text(change), tone: tone(change)) }
    }
    if !gaps.isEmpty {
      table.heading("Gaps")
      for change in gaps {
        table.item(
          (change.kind == .closed ? "Closed: " : "Opened: ") + change.gap.text,
          tone: change.kind == .closed ? .gain : .loss)
      }
    }
    if !exchanges.isEmpty {
      table.heading("Information sharing")
      for change in exchanges { table.item(text(change), tone: tone(change)) }
    }
    if resources.isEmpty && gaps.isEmpty && exchanges.isEmpty {
      table.item("no changes", tone: .quiet)
    }
    return table.node("band\(number.value)_changes")
  }

  private func text(_ change: ResourceChange) -> String {
    switch change.kind {
    case .added: "Added: \(change.name)"
    case .ended: "Ended: \(change.name)"
    case .renamed: "Renamed: \(change.old?.name ?? "") → \(change.name)"
    case .statusChanged:
      "\(change.name): \(change.old?.status.label ?? "") → \(change.new?.status.label ?? "")"
    case .moved:
      "Moved here from Intercept \(change.oldIntercept?.description ?? "?"): \(change.name)"
    }
  }

  private func tone(_ change: ResourceChange) -> ChangeTone {
    switch change.kind {
    case .added: return .gain
    case .ended: return .loss
    case .renamed, .moved: return .same
    case .statusChanged:
      let before = rank(change.old?.status)
      let after = rank(change.new?.status)
      return after > before ? .gain : after < before ? .loss : .same
    }
  }

  /// How far along a resource is: planned, limited, operating.
  private func rank(_ status: Resource.Status?) -> Int {
    switch status {
    case .operating: 3
    case .limited: 2
    case .planned: 1
    case .ended, nil: 0
    }
  }

  private func text(_ change: ExchangeChange) -> String {
    let what = change.exchange.map { "\($0.from) → \($0.to)" } ?? ""
    switch change.kind {
    case .added: return "Added: \(what), \(change.new?.status.label ?? "")"
    case .removed: return "Removed: \(what)"
    case .statusChanged:
      let now = change.isNowInPlace ? "now in place" : "now \(change.new?.status.label ?? "")"
      return "\(what): \(now) (was \(change.old?.status.label ?? ""))"
    }
  }

  private func tone(_ change: ExchangeChange) -> ChangeTone {
    switch change.kind {
    case .added: return .gain
    case .removed: return .loss
    case .statusChanged:
      let before = rank(change.old?.status)
      let after = rank(change.new?.status)
      return after > before ? .gain : after < before ? .loss : .same
    }
  }

  /// How far along an exchange is: gap, planned, partial, in place.
  private func rank(_ status: Exchange.Status?) -> Int {
    switch status {
    case .inPlace: 3
    case .partial: 2
    case .planned: 1
    case .gap, nil: 0
    }
  }
}
