/// A row group of the action planning matrix: an objective for a priority and its steps.
package struct Action: Hashable, Sendable {
  /// The action's id.
  package typealias ID = Identifier<Action>

  /// One step of an action plan: what, who and when.
  package struct Step: Hashable, Sendable {
    /// How far a step has got.
    package enum Status: String, Vocabulary {
      /// The default.
      case notStarted = "not-started"
      case inProgress = "in-progress"
      case done, blocked
    }

    /// What will be done.
    package var action: String
    /// Who will do it.
    package var who: String?
    /// When, as the map words it.
    package var when: String?
    /// How far it has got.
    package var status: Status

    /// Creates a step.
    package init(
      action: String, who: String? = nil, when: String? = nil, status: Status = .notStarted
    ) {
      self.action = action
      self.who = who
      self.when = when
      self.status = status
    }
  }

  /// An optional id, for matching across versions of a map.
  package var id: ID?
  /// The priority this action serves.
  package var priority: Priority.ID
  /// What the action aims at.
  package var objective: String
  /// The steps, in order.
  package var steps: [Step]

  /// Creates an action.
  package init(id: ID? = nil, priority: Priority.ID, objective: String, steps: [Step] = []) {
    self.id = id
    self.priority = priority
    self.objective = objective
    self.steps = steps
  }
}
