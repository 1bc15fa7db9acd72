import SIMModel

/// A side table of the map's agreements: kind and title, parties, signed and review dates.
struct AgreementTable {
  let map: Map
  let theme: Theme

  /// The table as a node, or nil when the map records no agreements.
  func node() -> DOTNode? {
    guard !map.agreements.isEmpty else { return nil }
    let runs = theme.runs
    let width = runs.detailWidth
    let header = ["Agreement", "Parties", "Signed", "Review by"].map { title in
      HTMLCell(HTMLLine.wrapping(title, width: width, style: runs.detailLabel))
    }
    var rows = [header]
    for agreement in map.agreements {
      let parties = agreement.parties.map { Wording.agencyShortName($0, in: map) }
      let texts = [
        Wording.agreement(agreement), parties.joined(separator: ", "),
        agreement.signed.map(DateText.words) ?? "—", agreement.reviewBy.map(DateText.words) ?? "—",
      ]
      rows.append(
        texts.map {
          HTMLCell(
            HTMLLine.wrapping($0, width: width, style: runs.detail, alignment: .left),
            alignment: .left)
        })
    }
    let title = HTMLCell(
      HTMLLine.wrapping("Agreements", width: width, style: runs.heading), columnSpan: 4)
    let table = HTMLTable(
      rows: [[title]] + rows, border: 1, cellBorder: 1, cellSpacing: 0, cellPadding: 4,
      background: theme.palette.background, color: theme.palette.line)
    return DOTNode("agreements", [.shape: Theme.Shape.plaintext, .label: HTMLLabel(table: table)])
  }
}
