import SIMModel

/// Reports exchanges whose legal basis does not cover the records they carry or the agency
/// that receives them, and exchanges for which no basis was identified.
enum ExchangeLegalBasisRule: AnalysisRule {
  static let description = RuleDescription(
    id: "exchange-legal-basis", name: "Legal basis does not cover the exchange",
    summary:
      "An exchange's legal basis does not cover its records or its recipient (such as "
      + "substance use records from a 42 CFR Part 2 program sent under HIPAA, or education "
      + "records without a FERPA exception), or the map says none was identified.",
    rationale:
      "The law says what may be shared. HIPAA permissions do not reach substance use treatment "
      + "records, which need Part 2 consent or a Part 2 court order, and they do not let a "
      + "provider send treatment information to a court. An exchange that is in place or "
      + "partial without a basis that covers it is an error; a planned one, or one with no "
      + "basis identified, is a question for the team's privacy lawyer.",
    severity: .error,
    triggering: [
      RuleExample(
        ExampleMaps.header + """
          agencies:
            - {id: rehab, name: Hope Recovery, sector: behavioral-health, role: sud-treatment, part2-program: true}
            - {id: court, name: County Court, sector: justice, role: court}
          exchanges:
            - id: progress
              intercept: 3
              from: rehab
              to: court
              records: substance-use
              legal-basis: 1️⃣hipaa-treatment
              status: in-place
            - {id: notice, intercept: 5, from: court, to: rehab, legal-basis: 2️⃣none-identified, status: gap}
          """)
    ],
    nonTriggering: [
      RuleExample(
        ExampleMaps.header + """
          agencies:
            - {id: rehab, name: Hope Recovery, sector: behavioral-health, role: sud-treatment, part2-program: true}
            - {id: court, name: County Court, sector: justice, role: court}
          exchanges:
            - id: progress
              intercept: 3
              from: rehab
              to: court
              records: substance-use
              legal-basis: part2-consent
              status: in-place
          """)
    ])

  static func findings(in context: AnalysisContext) -> [Finding] {
    context.map.exchanges.enumerated().compactMap { index, exchange in
      guard !exchange.legalBases.isEmpty else { return nil }
      let path = context.path(ofElement: index, in: ModelPath.exchanges).appending("legal-basis")
      let check = LegalBasisCheck(exchange: exchange, context: context)
      let named = "exchange \"\(exchange.id)\" (\(check.senderName) → \(check.recipientName))"
      if exchange.legalBases.allSatisfy({ $0 == .noneIdentified }) {
        return finding(
          "no legal basis has been identified for \(named)", at: context.location(path),
          intercept: exchange.intercept, severity: .warning,
          hint: check.suggestion(prefix: "bases that could allow it: ")
            ?? "ask the team's privacy lawyer which law allows it")
      }
      guard let reason = check.problem() else { return nil }
      let flows = exchange.status == .inPlace || exchange.status == .partial
      return finding(
        "the legal basis of \(named) does not cover it: \(reason)", at: context.location(path),
        intercept: exchange.intercept, severity: flows ? .error : .warning,
        hint: check.suggestion(prefix: "bases that would cover it: ")
          ?? "ask the team's privacy lawyer which law allows it")
    }
  }
}
