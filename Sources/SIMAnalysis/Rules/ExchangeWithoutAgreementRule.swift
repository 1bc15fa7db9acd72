import SIMModel

/// Reports recurring or automated exchanges that no agreement governs.
enum ExchangeWithoutAgreementRule: AnalysisRule {
  static let description = RuleDescription(
    id: "exchange-without-agreement", name: "Recurring exchange without an agreement",
    summary:
      "An exchange that recurs (real time, daily, weekly, per event …) or is automated names no "
      + "MOU, data-sharing agreement or other instrument.",
    rationale:
      "The law says what may be shared; an agreement says what will be shared, by whom, how, "
      + "and how it is protected, and keeps the exchange running when the people who set it up "
      + "move on. Exchanges that happen today are reported as warnings, planned ones as notes; "
      + "exchanges that are only a gap are left to the linkage findings.",
    severity: .warning,
    triggering: [
      RuleExample(
        ExampleMaps.header + """
          agencies:
            - {id: jail, name: County Jail, sector: justice, role: jail}
            - {id: medicaid, name: Human Services, sector: social-services, role: medicaid}
          exchanges:
            - 1️⃣id: release-dates
              intercept: 4
              from: jail
              to: medicaid
              frequency: weekly
              mechanism: paper
              status: partial
            - 2️⃣{id: nightly, intercept: 4, from: jail, to: medicaid, mechanism: automated, status: planned}
          """)
    ],
    nonTriggering: [
      RuleExample(
        ExampleMaps.header + """
          agencies:
            - {id: jail, name: County Jail, sector: justice, role: jail}
            - {id: medicaid, name: Human Services, sector: social-services, role: medicaid}
          agreements:
            - {id: dsa, kind: data-sharing-agreement, parties: [jail, medicaid]}
          exchanges:
            - {id: release-dates, intercept: 4, from: jail, to: medicaid, frequency: weekly, agreement: dsa, status: in-place}
            - {id: one-off, intercept: 4, from: jail, to: medicaid, frequency: one-time, status: in-place}
            - {id: wanted, intercept: 4, from: jail, to: medicaid, frequency: daily, status: gap}
          """)
    ])

  static func findings(in context: AnalysisContext) -> [Finding] {
    context.map.exchanges.enumerated().compactMap { index, exchange in
      guard exchange.agreement == nil, exchange.status != .gap else { return nil }
      let recurring = exchange.frequency?.isRecurring == true
      let automated = exchange.mechanism == .automated
      guard recurring || automated else { return nil }
      let how = [exchange.frequency.map(phrase), exchange.mechanism.map(phrase)]
        .compactMap { $0 }.joined(separator: " ")
      let planned = exchange.status == .planned
      return finding(
        "exchange \"\(exchange.id)\" (\(context.name(of: exchange.from)) → "
          + "\(context.name(of: exchange.to))) \(planned ? "is planned to run" : "runs") \(how) "
          + "but no agreement governs it",
        at: context.location(context.path(ofElement: index, in: ModelPath.exchanges)),
        intercept: exchange.intercept, severity: planned ? .note : nil,
        hint: "record who shares what, how and how it is protected in an MOU or data-sharing "
          + "agreement, and name it with agreement:")
    }
  }

  private static func phrase(_ frequency: Exchange.Frequency) -> String {
    switch frequency {
    case .realTime: "in real time"
    case .perEvent: "case by case"
    case .asNeeded: "as needed"
    case .oneTime: "once"
    default: frequency.rawValue
    }
  }

  private static func phrase(_ mechanism: Exchange.Mechanism) -> String {
    switch mechanism {
    case .automated: "automatically"
    case .electronicManual: "electronically"
    case .paper: "on paper"
    case .phone: "by phone"
    case .adHoc: "informally"
    }
  }
}
