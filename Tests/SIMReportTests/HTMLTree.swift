import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Parses a page written as well-formed XHTML-compatible markup with `XMLParser`.
final class HTMLTree: NSObject, XMLParserDelegate {
  private(set) var root: HTMLElement?
  private var stack: [HTMLElement] = []

  /// The page's root element, or nil when the markup is not well-formed.
  static func parse(_ html: String) -> HTMLElement? {
    let tree = HTMLTree()
    let parser = XMLParser(data: Data(html.utf8))
    parser.shouldResolveExternalEntities = false
    parser.delegate = tree
    guard parser.parse() else { return nil }
    return tree.root
  }

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    let element = HTMLElement(name: name, attributes: attributes)
    element.parent = stack.last
    stack.last?.children.append(element)
    if root == nil { root = element }
    stack.append(element)
  }

  func parser(
    _ parser: XMLParser, didEndElement name: String, namespaceURI: String?,
    qualifiedName: String?
  ) {
    stack.removeLast()
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    stack.last?.text += string
  }
}
