import SIMModel

/// Node ids of the generated graphs, built from positions so map ids never need to be unique
/// or well formed for the layout to hold.
enum NodeID {
  /// The `index`th decision point of an intercept.
  static func decisionPoint(_ intercept: InterceptNumber, _ index: Int) -> String {
    "i\(intercept.value)_dp\(index)"
  }

  /// The stand-in on the spine for an intercept the map gives no decision points.
  static func noSteps(_ intercept: InterceptNumber) -> String {
    "i\(intercept.value)_nosteps"
  }

  /// The `index`th resource of an intercept.
  static func resource(_ intercept: InterceptNumber, _ index: Int) -> String {
    "i\(intercept.value)_r\(index)"
  }

  /// The `index`th gap of an intercept.
  static func gap(_ intercept: InterceptNumber, _ index: Int) -> String {
    "i\(intercept.value)_g\(index)"
  }

  /// The `index`th exchange of the map, drawn in its intercept's column.
  static func exchange(_ index: Int) -> String {
    "x\(index)"
  }

  /// The box of figures for an intercept as a whole.
  static func figures(_ intercept: InterceptNumber) -> String {
    "i\(intercept.value)_figures"
  }

  /// The community band's node under an intercept's column.
  static func community(_ intercept: InterceptNumber) -> String {
    "community_\(intercept.value)"
  }

  /// The `index`th agency of the map.
  static func agency(_ index: Int) -> String {
    "a\(index)"
  }

  /// A node of the legend.
  static func legend(_ name: String) -> String {
    "legend_" + name
  }
}
