/// Where each value of a loaded map came from in its file.
///
/// Kept apart from the model so that model values compare by content alone.
package struct SourceMap: Sendable {
  /// The file the map was read from, as the user named it.
  package var file: String
  /// The position of each value, by path.
  var valueLocations: [FieldPath: SourceLocation] = [:]
  /// The paths of the elements of each model list, aligned with the model's arrays.
  var elementPaths: [FieldPath: [FieldPath]] = [:]
  /// Every id the file defines, in file order.
  public internal(set) var definitions: [Mention] = []
  /// Every id the file uses to refer to another item, in file order.
  public internal(set) var references: [Mention] = []

  /// An id written in the file: where, and as what kind of item.
  package struct Mention: Hashable, Sendable {
    /// The kind of item, as the format names it: "agency", "gap", "decision point".
    package var kind: String
    /// The id as written.
    package var id: String
    /// Where it is written.
    package var location: SourceLocation?
    /// The path of the value.
    package var path: FieldPath
  }

  /// Creates an empty source map for a file.
  package init(file: String) {
    self.file = file
  }

  /// The position of the value at a path, or of its nearest recorded parent.
  package func location(of path: FieldPath) -> SourceLocation? {
    var components = path.components
    while true {
      if let location = valueLocations[FieldPath(components)] { return location }
      if components.isEmpty { return nil }
      components.removeLast()
    }
  }

  /// The position of the value at exactly `path`, or nil when the file does not write it.
  package func exactLocation(of path: FieldPath) -> SourceLocation? {
    valueLocations[path]
  }

  /// The path of the element at `index` of the model list read from `list`.
  ///
  /// Items the loader dropped (for example, ones with no id) are not counted, so the index is
  /// the model's, not the file's.
  package func path(ofElement index: Int, in list: FieldPath) -> FieldPath {
    if let paths = elementPaths[list], paths.indices.contains(index) { return paths[index] }
    return list.appending(index: index)
  }

  mutating func record(_ location: SourceLocation?, for path: FieldPath) {
    if let location, valueLocations[path] == nil { valueLocations[path] = location }
  }

  mutating func recordDefinition(_ mention: Mention) { definitions.append(mention) }

  mutating func recordReference(_ mention: Mention) { references.append(mention) }

  mutating func recordElements(_ paths: [FieldPath], of list: FieldPath) {
    elementPaths[list] = paths
  }
}
