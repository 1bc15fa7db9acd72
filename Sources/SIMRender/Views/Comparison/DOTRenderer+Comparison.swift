import SIMAnalysis

extension DOTRenderer {
  /// The DOT text of the comparison picture: both maps intercept by intercept, ours above
  /// theirs, each practice marked by which map runs it.
  package func render(_ comparison: MapComparison) -> String {
    DOTEncoder().encode(ComparisonView(theme: theme).graph(for: comparison))
  }

  /// The DOT text of the progress picture: what changed at each intercept between two
  /// mappings, and the priorities' action steps.
  package func render(_ diff: MapDiff) -> String {
    DOTEncoder().encode(ProgressView(theme: theme).graph(for: diff))
  }
}
