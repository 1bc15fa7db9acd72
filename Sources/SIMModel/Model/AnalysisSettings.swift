/// How a map tunes `simmap analyze`: the analysis rules it switches off.
public struct AnalysisSettings: Hashable, Sendable {
  /// The ids of the analysis rules the map switches off, in map order, such as `no-measures`.
  public var disabled: [String]

  /// Creates settings; by default every rule runs.
  public init(disabled: [String] = []) {
    self.disabled = disabled
  }
}
