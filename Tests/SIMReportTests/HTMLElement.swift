/// An element of a parsed page: enough of a DOM for structural checks.
final class HTMLElement {
  let name: String
  let attributes: [String: String]
  var children: [HTMLElement] = []
  var text = ""
  weak var parent: HTMLElement?

  init(name: String, attributes: [String: String]) {
    self.name = name
    self.attributes = attributes
  }

  /// This element and every element inside it, in document order.
  var all: [HTMLElement] { [self] + children.flatMap(\.all) }

  /// The text of this element and everything inside it.
  var allText: String { text + children.map(\.allText).joined() }

  /// Whether `name` is an ancestor of this element.
  func isInside(_ name: String) -> Bool {
    var node = parent
    while let current = node {
      if current.name == name { return true }
      node = current.parent
    }
    return false
  }
}
