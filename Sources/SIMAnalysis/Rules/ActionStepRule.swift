import Foundation
import SIMModel

/// Reports action steps that do not say who will do them or by when, and actions with no steps.
enum ActionStepRule: AnalysisRule {
  static let description = RuleDescription(
    id: "action-step-incomplete", name: "Action step without an owner or a date",
    summary:
      "An action step that is not done lacks `who:` or `when:`, or an action has no steps.",
    rationale:
      "Follow-up meetings check the action plan step by step; a step nobody owns or that has no "
      + "date tends not to happen. Steps already done are not checked.",
    severity: .warning,
    triggering: [
      RuleExample(
        ExampleMaps.header + """
          priorities:
            - {id: crisis, rank: 1, title: Round-the-clock crisis response}
          actions:
            - priority: crisis
              objective: Fund an overnight team
              steps:
                - 1️⃣{action: Cost the team, when: 2026-09}
                - 2️⃣{action: Ask for the budget, who: Director}
                - {action: Talk to the board, status: done}
            - 3️⃣{priority: crisis, objective: Open a sobering center}
          """)
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
    context.map.actions.enumerated().flatMap { index, action -> [Finding] in
      let path = context.path(ofElement: index, in: ModelPath.actions)
      guard !action.steps.isEmpty else {
        return [
          finding(
            "the action \"\(action.objective)\" has no steps", at: context.location(path),
            hint: "add steps: what will be done, who: will do it and when:")
        ]
      }
      return action.steps.enumerated().compactMap { stepIndex, step in
        guard step.status != .done else { return nil }
        let missing = [
          isBlank(step.who) ? "who will do it" : nil, isBlank(step.when) ? "by when" : nil,
        ].compactMap { $0 }
        guard !missing.isEmpty else { return nil }
        return finding(
          "the step \"\(step.action)\" does not say \(missing.joined(separator: " or "))",
          at: context.location(path.appending("steps").appending(index: stepIndex)),
          hint: "give it who: (a role, not a person) and when: (such as 2026-09 or Q3 2026)")
      }
    }
  }

  private static func isBlank(_ text: String?) -> Bool {
    text?.trimmingCharacters(in: .whitespaces).isEmpty ?? true
  }
}
