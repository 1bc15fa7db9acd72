/// Where a value sits in the map's tree, such as `intercepts.2.resources[3].agency`.
package struct FieldPath: Hashable, Sendable, CustomStringConvertible {
  /// One step down the tree.
  package enum Component: Hashable, Sendable {
    /// A mapping key.
    case key(String)
    /// A 0-based position in a sequence.
    case index(Int)
  }

  /// The steps from the root.
  package var components: [Component]

  /// Creates a path from its steps.
  package init(_ components: [Component] = []) {
    self.components = components
  }

  /// The root of the document.
  package static let root = FieldPath()

  /// This path followed by a key.
  package func appending(_ key: String) -> FieldPath {
    FieldPath(components + [.key(key)])
  }

  /// This path followed by a sequence index.
  package func appending(index: Int) -> FieldPath {
    FieldPath(components + [.index(index)])
  }

  /// The last key of the path, if the path ends with a key.
  package var lastKey: String? {
    if case .key(let key) = components.last { return key }
    return nil
  }

  /// The dotted form, with indexes in brackets: `agencies[3].name`.
  package var description: String {
    var text = ""
    for component in components {
      switch component {
      case .key(let key):
        text += text.isEmpty ? key : ".\(key)"
      case .index(let index):
        text += "[\(index)]"
      }
    }
    return text.isEmpty ? "(document)" : text
  }
}
