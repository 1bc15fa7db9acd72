import SIMModel

/// The text of a decision point on the spine.
struct DecisionPointLabel {
  let theme: Theme

  /// The step's name, its note and, for a local step, the theme's marker.
  func label(_ point: DecisionPoint) -> HTMLLabel {
    let runs = theme.runs
    let width = max(runs.nameWidth - 8, 12)
    var builder = LabelBuilder()
    builder.add(point.name, runs.name, width: width)
    builder.add(optional: point.note, runs.note, width: runs.detailWidth - 8)
    if !point.isDefault {
      builder.add(optional: theme.localDecisionPoint.marker, runs.marker, width: width)
    }
    return builder.label
  }

  /// The style of the step: the SIM's own, or a local step's.
  func style(_ point: DecisionPoint) -> Theme.NodeStyle {
    point.isDefault ? theme.decisionPoint : theme.localDecisionPoint
  }
}
