import SIMModel

/// The text of an exchange, as a box in a column or as an edge label.
struct ExchangeLabel {
  let map: Map
  let theme: Theme

  /// `Sender → Receiver`, the data and the status marker, for a box in a column.
  func box(_ exchange: Exchange, detailed: Bool = false) -> HTMLLabel {
    let runs = theme.runs
    let width = detailed ? runs.descriptionWidth : runs.detailWidth
    var builder = LabelBuilder(alignment: detailed ? .left : .center)
    let from = Wording.agencyShortName(exchange.from, in: map)
    let to = Wording.agencyShortName(exchange.to, in: map)
    builder.add(from + " → " + to, runs.detailLabel, width: width)
    builder.add(exchange.data.joined(separator: ", "), runs.detail, width: width)
    if detailed {
      add(details: exchange, to: &builder, width: width)
    } else if !Wording.hasLegalBasis(exchange) {
      builder.add(Wording.legalBasis(.noneIdentified), runs.note, width: width)
    }
    builder.add(optional: theme.exchanges[exchange.status].marker, runs.marker, width: width)
    return builder.label
  }

  /// The data, status and legal basis, and the agreement, for an edge between agencies.
  func edge(_ exchange: Exchange) -> HTMLLabel {
    let runs = theme.runs
    let width = runs.detailWidth
    var builder = LabelBuilder()
    builder.add(exchange.data.joined(separator: ", "), runs.edge, width: width)
    let status = theme.exchanges[exchange.status].marker ?? exchange.status.label
    builder.add(
      "Intercept \(exchange.intercept.value) · " + status, runs.edgeMarker, width: width)
    builder.add(Wording.legalBases(exchange.legalBases), runs.edge, width: width)
    if let agreement = agreement(of: exchange) {
      builder.add("under " + Wording.agreement(agreement), runs.edge, width: width)
    }
    return builder.label
  }

  private func add(details exchange: Exchange, to builder: inout LabelBuilder, width: Int) {
    let runs = theme.runs
    let fields: [(String, String?)] = [
      ("Purpose", exchange.purpose),
      (
        "Records",
        exchange.records.isEmpty ? nil : exchange.records.map(\.label).joined(separator: ", ")
      ),
      ("How often", exchange.frequency?.label),
      ("How", exchange.mechanism?.label),
      ("Legal basis", Wording.legalBases(exchange.legalBases)),
      ("Agreement", agreement(of: exchange).map(Wording.agreement) ?? exchange.agreement?.rawValue),
    ]
    for (label, value) in fields {
      builder.add(
        labelled: label, value, labelStyle: runs.detailLabel, style: runs.detail, width: width)
    }
  }

  private func agreement(of exchange: Exchange) -> Agreement? {
    guard let id = exchange.agreement else { return nil }
    return map.agreements.first { $0.id == id }
  }
}
