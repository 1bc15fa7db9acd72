import SIMModel

/// Reports intercepts with no figure recorded, for the intercept or any of its resources.
enum NoMeasuresRule: AnalysisRule {
  static let description = RuleDescription(
    id: "no-measures", name: "No measures at an intercept",
    summary:
      "An intercept has no measure: none for the intercept itself and none for the resources "
      + "listed under it.",
    rationale:
      "Without figures, nobody can tell whether a change helps: Stepping Up asks counties to "
      + "count bookings of people with serious mental illness, their length of stay, their "
      + "connection to treatment and their return to jail. One figure per intercept is a start.",
    severity: .note,
    triggering: [
      RuleExample(
        ExampleMaps.header + """
          intercepts:
            0: {measures: [{name: Crisis calls, value: 6850, unit: calls}]}
            1: {measures: [{name: BH calls, value: 4200, unit: calls}]}
            1️⃣2: {resources: [{id: screen, name: Booking screen}]}
            3: {measures: [{name: Average daily population, value: 410, unit: people}]}
            4: {measures: [{name: Released with an appointment, value: 38, unit: "%"}]}
            5:
              resources:
                - {id: caseload, name: MH caseload, measures: [{name: People, value: 88}]}
          """)
    ],
    nonTriggering: [
      RuleExample(
        ExampleMaps.header + """
          intercepts:
            0: {measures: [{name: Crisis calls, value: 6850, unit: calls}]}
            1: {measures: [{name: BH calls, value: 4200, unit: calls}]}
            2: {measures: [{name: Bookings, value: 9800, unit: bookings}]}
            3: {measures: [{name: Average daily population, value: 410, unit: people}]}
            4: {measures: [{name: Released with an appointment, value: 38, unit: "%"}]}
            5:
              resources:
                - {id: caseload, name: MH caseload, measures: [{name: People, value: 88}]}
          """)
    ])

  static func findings(in context: AnalysisContext) -> [Finding] {
    context.map.intercepts.compactMap { intercept in
      let hasMeasure =
        !intercept.measures.isEmpty || intercept.resources.contains { !$0.measures.isEmpty }
      guard !hasMeasure else { return nil }
      let suggestions = context.catalog.corePractices(
        at: intercept.number, for: context.map.continuum
      ).flatMap(\.measures).prefix(2)
      return finding(
        "intercept \(intercept.number) has no measures", at: context.location(of: intercept.number),
        intercept: intercept.number,
        hint: "record at least one figure under measures:"
          + (suggestions.isEmpty ? "" : ", such as " + suggestions.joined(separator: " or ")))
    }
  }
}
