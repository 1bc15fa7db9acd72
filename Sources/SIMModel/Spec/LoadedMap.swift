/// A map read from a file, with the positions of its values.
package struct LoadedMap: Sendable {
  /// The map.
  package var map: Map
  /// Where its values are in the file.
  package var sourceMap: SourceMap

  /// Pairs a map with its source positions.
  package init(map: Map, sourceMap: SourceMap) {
    self.map = map
    self.sourceMap = sourceMap
  }

  /// The file the map came from.
  package var file: String { sourceMap.file }
}

/// Paths of the model's lists in the map file, shared by the loader and the checks.
package enum ModelPath {
  /// `agencies`.
  package static let agencies = FieldPath.root.appending("agencies")
  /// `sources`.
  package static let sources = FieldPath.root.appending("sources")
  /// `exchanges`.
  package static let exchanges = FieldPath.root.appending("exchanges")
  /// `agreements`.
  package static let agreements = FieldPath.root.appending("agreements")
  /// `priorities`.
  package static let priorities = FieldPath.root.appending("priorities")
  /// `actions`.
  package static let actions = FieldPath.root.appending("actions")
  /// `analysis`.
  package static let analysis = FieldPath.root.appending("analysis")

  /// `intercepts.N`.
  package static func intercept(_ number: InterceptNumber) -> FieldPath {
    FieldPath.root.appending("intercepts").appending(String(number.value))
  }

  /// `intercepts.N.resources`.
  package static func resources(_ number: InterceptNumber) -> FieldPath {
    intercept(number).appending("resources")
  }

  /// `intercepts.N.gaps`.
  package static func gaps(_ number: InterceptNumber) -> FieldPath {
    intercept(number).appending("gaps")
  }

  /// `intercepts.N.decision-points`.
  package static func decisionPoints(_ number: InterceptNumber) -> FieldPath {
    intercept(number).appending("decision-points")
  }

  /// `intercepts.N.measures`.
  package static func measures(_ number: InterceptNumber) -> FieldPath {
    intercept(number).appending("measures")
  }
}
