import SIMModel

/// Reports gaps that no priority addresses.
enum GapWithoutPriorityRule: AnalysisRule {
  static let description = RuleDescription(
    id: "gap-without-priority", name: "Gap no priority addresses",
    summary: "A gap the workshop named is not among the gaps of any priority.",
    rationale:
      "A workshop cannot fix every gap at once, so most gaps wait for a later round; listing "
      + "them keeps them in view. A high-severity gap left out is a warning, others are notes. "
      + "When the map records no priorities at all, one note says so instead.",
    severity: .note,
    triggering: [
      RuleExample(
        ExampleMaps.header + """
          intercepts:
            0:
              gaps:
                - {id: no-respite, text: No peer respite, severity: high}
                - 1️⃣{id: long-waits, text: Long waits for housing}
                - 2️⃣{id: no-night-team, text: No overnight mobile crisis, severity: high}
          priorities:
            - {id: respite, rank: 1, title: Open a peer respite, gaps: no-respite}
          """),
      RuleExample(
        ExampleMaps.header + """
          intercepts:
            0:
              gaps:
                - 1️⃣{id: long-waits, text: Long waits for housing}
          """),
    ],
    nonTriggering: [
      RuleExample(
        ExampleMaps.header + """
          intercepts:
            0:
              gaps:
                - {id: no-respite, text: No peer respite}
          priorities:
            - {id: respite, rank: 1, title: Open a peer respite, gaps: [no-respite]}
          """)
    ])

  static func findings(in context: AnalysisContext) -> [Finding] {
    let map = context.map
    let gaps = map.intercepts.flatMap { intercept in
      intercept.gaps.enumerated().map { index, gap in
        (
          intercept.number, gap,
          context.path(ofElement: index, in: ModelPath.gaps(intercept.number))
        )
      }
    }
    guard !gaps.isEmpty else { return [] }
    guard !map.priorities.isEmpty else {
      let first = gaps[0]
      return [
        finding(
          "the map records \(gaps.count) \(gaps.count == 1 ? "gap" : "gaps") but no priorities, "
            + "so no gap is being addressed",
          at: context.location(first.2), intercept: first.0,
          hint: "add the priorities the workshop voted for under priorities:, with the gaps "
            + "each one addresses")
      ]
    }
    let addressed = Set(map.priorities.flatMap(\.gaps))
    return gaps.filter { !addressed.contains($0.1.id) }.map { number, gap, path in
      finding(
        "no priority addresses gap \"\(gap.id)\": \(gap.text)", at: context.location(path),
        intercept: number, severity: gap.severity == .high ? .warning : nil,
        hint: "keep it for the next round, or add it to the gaps: of a priority")
    }
  }
}
