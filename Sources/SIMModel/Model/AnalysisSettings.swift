/// How a map tunes `simmap analyze`: the analysis rules it switches off.
package struct AnalysisSettings: Hashable, Sendable {
  /// The ids of the analysis rules the map switches off, in map order, such as `no-measures`.
  package var disabled: [String]

  /// Creates settings; by default every rule runs.
  package init(disabled: [String] = []) {
    self.disabled = disabled
  }
}
