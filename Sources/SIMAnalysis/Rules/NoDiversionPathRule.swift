import SIMModel

/// Reports intercepts where no running resource leads people back to the community.
enum NoDiversionPathRule: AnalysisRule {
  static let description = RuleDescription(
    id: "no-diversion-path", name: "No path back to the community",
    summary:
      "No operating or limited resource serving an intercept implements a diversion, "
      + "deflection, treatment or linkage practice.",
    rationale:
      "The SIM's aim is that at every intercept someone can leave the justice system for "
      + "community care. Every catalog practice counts as such a path except those that only "
      + "screen, train, count or coordinate, or that treat people while they stay in custody "
      + "(listed in docs/analysis.md). A resource with no practice: cannot be judged and does "
      + "not count.",
    severity: .warning,
    triggering: [
      RuleExample(
        ExampleMaps.header + """
          intercepts:
            0: {resources: [{id: line, name: Crisis line, practice: crisis-line}]}
            1: {resources: [{id: cit, name: CIT, practice: cit}]}
            1️⃣2: {resources: [{id: screen, name: Booking screen, practice: booking-screening}]}
            3: {resources: [{id: court, name: MH court, practice: mental-health-court}]}
            4: {resources: [{id: plan, name: Reentry planning, practice: reentry-planning}]}
            2️⃣5:
              resources:
                - {id: fact, name: FACT, practice: fact, status: ended}
                - {id: parole, name: Parole}
          """)
    ],
    nonTriggering: [
      RuleExample(
        ExampleMaps.header + """
          intercepts:
            0: {resources: [{id: line, name: Crisis line, practice: crisis-line}]}
            1: {resources: [{id: cit, name: CIT, practice: cit, also-serves: 2}]}
            3: {resources: [{id: court, name: MH court, practice: mental-health-court}]}
            4: {resources: [{id: plan, name: Reentry planning, practice: reentry-planning}]}
            5: {resources: [{id: fact, name: FACT, practice: fact, status: limited}]}
          """)
    ])

  /// Practices that do not by themselves lead anyone out of the justice system: screening,
  /// training, data, coordination, and care given in custody.
  static let notAPath: Set<String> = [
    "booking-screening", "data-matching", "court-reminders", "bh-call-data",
    "mental-health-first-aid", "officer-training", "uniform-consent", "reentry-coalition",
    "jail-behavioral-health", "jail-moud", "competency-restoration", "detention-screening",
    "detention-risk-assessment", "detention-mental-health", "school-police-training",
    "juvenile-staff-mh-training",
  ]

  static func findings(in context: AnalysisContext) -> [Finding] {
    InterceptNumber.all.compactMap { number in
      let serving = context.placements(serving: number)
      let paths = serving.filter { placement in
        guard placement.isRunning, let practice = placement.resource.practice else { return false }
        return !notAPath.contains(practice)
      }
      guard paths.isEmpty else { return nil }
      let unjudged = serving.filter { $0.isRunning && $0.resource.practice == nil }.count
      let hint =
        unjudged == 0
        ? "look for a diversion, deflection or linkage practice that fits (`simmap practices "
          + "--intercept \(number)`)"
        : "\(unjudged) running \(unjudged == 1 ? "resource has" : "resources have") no "
          + "practice:; if one leads people to community care, name its practice"
      return finding(
        "no running resource at intercept \(number) leads people back to the community",
        at: context.location(of: number), intercept: number, hint: hint)
    }
  }
}
