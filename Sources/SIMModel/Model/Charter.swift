/// The information-sharing project charter (Justice and Health Connect, Module 1).
public struct Charter: Hashable, Sendable {
  /// An objective of the information-sharing project.
  public struct Objective: Hashable, Sendable {
    /// The kinds of objective the toolkit names.
    public enum Kind: String, Vocabulary {
      case continuityOfCare = "continuity-of-care"
      case coverageOutreach = "coverage-outreach"
      case fewerERVisits = "fewer-er-visits"
      case courtHealthInformation = "court-health-information"
      case medicationAtEntry = "medication-at-entry"
      case other
    }

    /// The kind of objective.
    public var kind: Kind
    /// The objective in the team's words.
    public var text: String

    /// Creates an objective.
    public init(kind: Kind, text: String) {
      self.kind = kind
      self.text = text
    }
  }

  /// A partner agency and what it takes on.
  public struct Partner: Hashable, Sendable {
    /// The agency.
    public var agency: Agency.ID
    /// What it is responsible for.
    public var responsibilities: String?

    /// Creates a partner.
    public init(agency: Agency.ID, responsibilities: String? = nil) {
      self.agency = agency
      self.responsibilities = responsibilities
    }
  }

  /// A working group of the project.
  public struct WorkingGroup: Hashable, Sendable {
    /// Its name.
    public var name: String
    /// What it works on.
    public var purpose: String?
    /// The agencies that chair it.
    public var chairs: [Agency.ID]
    /// The agencies that take part.
    public var members: [Agency.ID]

    /// Creates a working group.
    public init(
      name: String, purpose: String? = nil, chairs: [Agency.ID] = [], members: [Agency.ID] = []
    ) {
      self.name = name
      self.purpose = purpose
      self.chairs = chairs
      self.members = members
    }
  }

  /// The mission statement.
  public var mission: String?
  /// What the project sets out to do.
  public var objectives: [Objective]
  /// The intercepts in scope.
  public var intercepts: [InterceptNumber]
  /// The partner agencies.
  public var partners: [Partner]
  /// The agencies whose heads co-chair the project.
  public var coChairs: [Agency.ID]
  /// The working groups.
  public var workingGroups: [WorkingGroup]
  /// How often the project meets.
  public var meetings: String?

  /// Creates a charter.
  public init(
    mission: String? = nil, objectives: [Objective] = [], intercepts: [InterceptNumber] = [],
    partners: [Partner] = [], coChairs: [Agency.ID] = [], workingGroups: [WorkingGroup] = [],
    meetings: String? = nil
  ) {
    self.mission = mission
    self.objectives = objectives
    self.intercepts = intercepts
    self.partners = partners
    self.coChairs = coChairs
    self.workingGroups = workingGroups
    self.meetings = meetings
  }
}
