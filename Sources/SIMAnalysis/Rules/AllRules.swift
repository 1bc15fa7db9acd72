/// Every analysis rule, in the order the documentation lists them.
package enum AllRules {
  /// The rules `Analyzer` runs.
  static let rules: [any AnalysisRule.Type] = [
    MissingCorePracticeRule.self,
    LinkageOpportunityRule.self,
    ExchangeLegalBasisRule.self,
    ExchangeWithoutAgreementRule.self,
    AgreementReviewRule.self,
    GapWithoutPriorityRule.self,
    PriorityWithoutActionRule.self,
    ActionStepRule.self,
    PlanningTeamRule.self,
    NoDiversionPathRule.self,
    NoMeasuresRule.self,
  ]

  /// The descriptions of every rule, in documentation order.
  package static var descriptions: [RuleDescription] { rules.map { $0.description } }

  /// Every rule id, in documentation order.
  package static var ids: [String] { rules.map { $0.description.id } }
}
