/// A row group of the action planning matrix: an objective for a priority and its steps.
public struct Action: Hashable, Sendable {
  /// The action's id.
  public typealias ID = Identifier<Action>

  /// One step of an action plan: what, who and when.
  public struct Step: Hashable, Sendable {
    /// How far a step has got.
    public enum Status: String, Vocabulary {
      /// The default.
      case notStarted = "not-started"
      case inProgress = "in-progress"
      case done, blocked
    }

    /// What will be done.
    public var action: String
    /// Who will do it.
    public var who: String?
    /// When, as the map words it.
    public var when: String?
    /// How far it has got.
    public var status: Status

    /// Creates a step.
    public init(
      action: String, who: String? = nil, when: String? = nil, status: Status = .notStarted
    ) {
      self.action = action
      self.who = who
      self.when = when
      self.status = status
    }
  }

  /// An optional id, for matching across versions of a map.
  public var id: ID?
  /// The priority this action serves.
  public var priority: Priority.ID
  /// What the action aims at.
  public var objective: String
  /// The steps, in order.
  public var steps: [Step]

  /// Creates an action.
  public init(id: ID? = nil, priority: Priority.ID, objective: String, steps: [Step] = []) {
    self.id = id
    self.priority = priority
    self.objective = objective
    self.steps = steps
  }
}
