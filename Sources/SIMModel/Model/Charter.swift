/// The information-sharing project charter (Justice and Health Connect, Module 1).
package struct Charter: Hashable, Sendable {
  /// An objective of the information-sharing project.
  package struct Objective: Hashable, Sendable {
    /// The kinds of objective the toolkit names.
    package enum Kind: String, Vocabulary {
      case continuityOfCare = "continuity-of-care"
      case coverageOutreach = "coverage-outreach"
      case fewerERVisits = "fewer-er-visits"
      case courtHealthInformation = "court-health-information"
      case medicationAtEntry = "medication-at-entry"
      case other
    }

    /// The kind of objective.
    package var kind: Kind
    /// The objective in the team's words.
    package var text: String

    /// Creates an objective.
    package init(kind: Kind, text: String) {
      self.kind = kind
      self.text = text
    }
  }

  /// A partner agency and what it takes on.
  package struct Partner: Hashable, Sendable {
    /// The agency.
    package var agency: Agency.ID
    /// What it is responsible for.
    package var responsibilities: String?

    /// Creates a partner.
    package init(agency: Agency.ID, responsibilities: String? = nil) {
      self.agency = agency
      self.responsibilities = responsibilities
    }
  }

  /// A working group of the project.
  package struct WorkingGroup: Hashable, Sendable {
    /// Its name.
    package var name: String
    /// What it works on.
    package var purpose: String?
    /// The agencies that chair it.
    package var chairs: [Agency.ID]
    /// The agencies that take part.
    package var members: [Agency.ID]

    /// Creates a working group.
    package init(
      name: String, purpose: String? = nil, chairs: [Agency.ID] = [], members: [Agency.ID] = []
    ) {
      self.name = name
      self.purpose = purpose
      self.chairs = chairs
      self.members = members
    }
  }

  /// The mission statement.
  package var mission: String?
  /// What the project sets out to do.
  package var objectives: [Objective]
  /// The intercepts in scope.
  package var intercepts: [InterceptNumber]
  /// The partner agencies.
  package var partners: [Partner]
  /// The agencies whose heads co-chair the project.
  package var coChairs: [Agency.ID]
  /// The working groups.
  package var workingGroups: [WorkingGroup]
  /// How often the project meets.
  package var meetings: String?

  /// Creates a charter.
  package init(
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
