/// A map read from a file, with the positions of its values.
public struct LoadedMap: Sendable {
  /// The map.
  public var map: Map
  /// Where its values are in the file.
  public var sourceMap: SourceMap

  /// Pairs a map with its source positions.
  public init(map: Map, sourceMap: SourceMap) {
    self.map = map
    self.sourceMap = sourceMap
  }

  /// The file the map came from.
  public var file: String { sourceMap.file }
}

/// Paths of the model's lists in the map file, shared by the loader and the checks.
public enum ModelPath {
  /// `agencies`.
  public static let agencies = FieldPath.root.appending("agencies")
  /// `sources`.
  public static let sources = FieldPath.root.appending("sources")
  /// `exchanges`.
  public static let exchanges = FieldPath.root.appending("exchanges")
  /// `agreements`.
  public static let agreements = FieldPath.root.appending("agreements")
  /// `priorities`.
  public static let priorities = FieldPath.root.appending("priorities")
  /// `actions`.
  public static let actions = FieldPath.root.appending("actions")
  /// `analysis`.
  public static let analysis = FieldPath.root.appending("analysis")

  /// `intercepts.N`.
  public static func intercept(_ number: InterceptNumber) -> FieldPath {
    FieldPath.root.appending("intercepts").appending(String(number.value))
  }

  /// `intercepts.N.resources`.
  public static func resources(_ number: InterceptNumber) -> FieldPath {
    intercept(number).appending("resources")
  }

  /// `intercepts.N.gaps`.
  public static func gaps(_ number: InterceptNumber) -> FieldPath {
    intercept(number).appending("gaps")
  }

  /// `intercepts.N.decision-points`.
  public static func decisionPoints(_ number: InterceptNumber) -> FieldPath {
    intercept(number).appending("decision-points")
  }

  /// `intercepts.N.measures`.
  public static func measures(_ number: InterceptNumber) -> FieldPath {
    intercept(number).appending("measures")
  }
}
