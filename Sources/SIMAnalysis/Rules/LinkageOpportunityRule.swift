import SIMModel

/// Reports each linkage opportunity `LinkageFinder` ranks among the best, with its suggested
/// exchange, and says how many more there are when it keeps only the best.
enum LinkageOpportunityRule: AnalysisRule {
  static let description = RuleDescription(
    id: "linkage-opportunity", name: "Linkage opportunity",
    summary:
      "At one intercept a justice agency and a health or behavioral health agency both run "
      + "resources, but no exchange between them is in place.",
    rationale:
      "When two agencies serve the same people at the same point and share nothing, people fall "
      + "through the gap between them: the clinic does not hear of the arrest, the jail does "
      + "not know the medication, probation does not know about treatment. Each opportunity "
      + "comes with an exchange that suits the intercept and the legal bases that would allow it.",
    severity: .warning,
    triggering: [
      RuleExample(
        ExampleMaps.header + """
          agencies:
            - {id: jail, name: County Jail, sector: justice, role: jail}
            - {id: clinic, name: Riverside Clinic, sector: behavioral-health, role: community-mental-health}
          intercepts:
            4:
              resources:
                - 1️⃣{id: reentry, name: Reentry planning, agency: jail}
                - {id: in-reach, name: In-reach, agency: clinic}
          exchanges:
            - {id: notice, intercept: 4, from: jail, to: clinic, status: gap}
          """)
    ],
    nonTriggering: [
      RuleExample(
        ExampleMaps.header + """
          agencies:
            - {id: jail, name: County Jail, sector: justice, role: jail}
            - {id: clinic, name: Riverside Clinic, sector: behavioral-health, role: community-mental-health}
          intercepts:
            4:
              resources:
                - {id: reentry, name: Reentry planning, agency: jail}
                - {id: in-reach, name: In-reach, agency: clinic}
          exchanges:
            - {id: notice, intercept: 4, from: jail, to: clinic, status: in-place}
          """),
      RuleExample(
        ExampleMaps.header + """
          agencies:
            - {id: police, name: City Police, sector: justice, role: law-enforcement}
            - {id: clinic, name: Riverside Clinic, sector: behavioral-health, role: crisis-provider}
          intercepts:
            1:
              resources:
                - {id: co-responder, name: Co-responders, agencies: [police, clinic]}
          """),
    ])

  static func findings(in context: AnalysisContext) -> [Finding] {
    let listed = context.linkage.opportunities.map { opportunity in
      let suggestion = opportunity.suggestion
      let bases =
        opportunity.legalBases.isEmpty
        ? "ask counsel which basis would allow it"
        : "legal bases that would allow it: "
          + opportunity.legalBases.map(\.id.rawValue).joined(separator: ", ")
      return finding(
        "\(opportunity.justice.name) and \(opportunity.health.name) both serve people at "
          + "intercept \(opportunity.intercept), but no exchange between them is in place",
        at: opportunity.location, intercept: opportunity.intercept,
        hint: "suggested exchange: \(suggestion.title.lowercasedFirst) (\(suggestion.from.name) "
          + "→ \(suggestion.to.name): \(suggestion.data)), \(suggestion.purpose); \(bases)",
        notes: opportunity.named.map { named in
          Diagnostic.Note(
            "exchange \"\(named.id)\" between them is \(named.status.phrase)",
            at: named.location)
        })
    }
    return listed + leftOutNote(context.linkage)
  }
}

extension LinkageOpportunityRule {
  /// A note that the map has more opportunities than the analysis lists, when it has.
  static func leftOutNote(_ linkage: LinkageFinder.Result) -> [Finding] {
    guard linkage.leftOut > 0 else { return [] }
    let kept = linkage.opportunities.count
    return [
      finding(
        "\(linkage.total) linkage opportunities found; the \(kept) ranked highest are listed and "
          + "\(linkage.leftOut) more are left out", at: nil, severity: .note,
        hint: "record the exchanges already in place and each agency's role, so only the pairs "
          + "that could share information are counted; or switch the rule off with "
          + "`analysis: disabled: [linkage-opportunity]`")
    ]
  }
}

extension String {
  /// The text with its first letter in lowercase, to continue a sentence.
  var lowercasedFirst: String {
    guard let first else { return self }
    return first.lowercased() + dropFirst()
  }
}
