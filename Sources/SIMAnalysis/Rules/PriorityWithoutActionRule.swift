import SIMModel

/// Reports priorities that no action of the action plan serves.
enum PriorityWithoutActionRule: AnalysisRule {
  static let description = RuleDescription(
    id: "priority-without-action", name: "Priority with no action plan",
    summary: "A priority the workshop voted for has no action in the action planning matrix.",
    rationale:
      "A priority without an objective and steps is a wish. When the map records priorities but "
      + "no actions at all, one finding says the action plan is missing instead of one per "
      + "priority.",
    severity: .warning,
    triggering: [
      RuleExample(
        ExampleMaps.header + """
          priorities:
            - {id: crisis, rank: 1, title: Round-the-clock crisis response}
            - 1️⃣{id: housing, rank: 2, title: More supportive housing}
          actions:
            - priority: crisis
              objective: Fund an overnight team
              steps: [{action: Cost the team, who: Crisis director, when: 2026-09}]
          """),
      RuleExample(
        ExampleMaps.header + """
          priorities:
            - 1️⃣{id: crisis, rank: 1, title: Round-the-clock crisis response}
          """),
    ],
    nonTriggering: [
      RuleExample(
        ExampleMaps.header + """
          priorities:
            - {id: crisis, rank: 1, title: Round-the-clock crisis response}
          actions:
            - priority: crisis
              objective: Fund an overnight team
              steps: [{action: Cost the team, who: Crisis director, when: 2026-09}]
          """)
    ])

  static func findings(in context: AnalysisContext) -> [Finding] {
    let map = context.map
    let location = { (index: Int) in
      context.location(context.path(ofElement: index, in: ModelPath.priorities))
    }
    guard !map.priorities.isEmpty else { return [] }
    guard !map.actions.isEmpty else {
      let count = map.priorities.count
      return [
        finding(
          "the map records \(count) \(count == 1 ? "priority" : "priorities") but no action plan",
          at: location(0),
          hint: "add the action planning matrix under actions: an objective for each priority, "
            + "with steps saying who does what by when")
      ]
    }
    let served = Set(map.actions.map(\.priority))
    return map.priorities.enumerated().filter { !served.contains($0.element.id) }.map {
      index, priority in
      finding(
        "priority \(priority.rank) \"\(priority.id)\" (\(priority.title)) has no action",
        at: location(index),
        hint: "add an action with priority: \(priority.id), an objective and steps")
    }
  }
}
