import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Makes Graphviz's SVG safe and fit to place inside an HTML page.
///
/// The SVG is parsed as XML and written out again, keeping only drawing elements and
/// attributes: the XML prolog, doctype and comments go, scripts, foreign objects, styles and
/// images go with everything inside them, event handlers and links outside the picture go, and
/// every id gets `prefix` so that several pictures can share a page. The picture scales to its
/// container, and it is one image for assistive technology, labelled with the text alternative.
struct SVGSanitizer {
  /// Put before every id, such as `cross-system-map`.
  let prefix: String

  /// Elements kept, with their content.
  static let elements: Set<String> = [
    "svg", "g", "title", "desc", "polygon", "polyline", "path", "ellipse", "circle", "rect",
    "line", "text", "tspan", "defs", "lineargradient", "radialgradient", "stop", "clippath", "a",
  ]

  /// The sanitized SVG, or nil when `svg` is not well-formed XML with an `svg` root.
  func sanitize(_ svg: String, label: String) -> String? {
    let parser = XMLParser(data: Data(svg.utf8))
    parser.shouldResolveExternalEntities = false
    parser.shouldProcessNamespaces = false
    let delegate = SVGRewriter(prefix: prefix, label: label)
    parser.delegate = delegate
    guard parser.parse(), delegate.sawRoot, delegate.depth == 0 else { return nil }
    return delegate.output
  }
}
