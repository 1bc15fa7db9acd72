import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The XML parser's delegate that writes the kept parts back out.
final class SVGRewriter: NSObject, XMLParserDelegate {
  let prefix: String
  let label: String
  var output = ""
  var depth = 0
  var sawRoot = false
  /// How deep inside a dropped element the parser is; 0 when outside.
  private var skipping = 0
  /// Whether the last start tag is still open, waiting for `>` or `/>`.
  private var pending = false

  init(prefix: String, label: String) {
    self.prefix = prefix
    self.label = label
  }

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    closePending()
    depth += 1
    let local = (name.split(separator: ":").last.map(String.init) ?? name).lowercased()
    guard skipping == 0, SVGSanitizer.elements.contains(local) else {
      skipping += 1
      return
    }
    let isRoot = !sawRoot
    if isRoot {
      guard local == "svg" else {
        skipping += 1
        return
      }
      sawRoot = true
    }
    // A link would lead out of the report: keep its drawing as a plain group.
    let tag = local == "a" ? "g" : name
    output += "<" + tag + attributeText(attributes, isRoot: isRoot)
    pending = true
  }

  func parser(
    _ parser: XMLParser, didEndElement name: String, namespaceURI: String?,
    qualifiedName: String?
  ) {
    depth -= 1
    if skipping > 0 {
      skipping -= 1
      return
    }
    let local = (name.split(separator: ":").last.map(String.init) ?? name).lowercased()
    let tag = local == "a" ? "g" : name
    if pending {
      output += "/>"
      pending = false
    } else {
      output += "</" + tag + ">"
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    guard skipping == 0, sawRoot, depth > 0 else { return }
    closePending()
    output += HTMLText.escape(string)
  }

  private func closePending() {
    if pending {
      output += ">"
      pending = false
    }
  }

  private func attributeText(_ attributes: [String: String], isRoot: Bool) -> String {
    var kept: [(String, String)] = []
    for (name, value) in attributes.sorted(by: { $0.key < $1.key }) {
      let lower = name.lowercased()
      if lower.hasPrefix("on") || lower == "style" { continue }
      if isRoot && (lower == "width" || lower == "height") { continue }
      if lower.hasSuffix("href") {
        guard value.hasPrefix("#") else { continue }
        kept.append((name, "#" + prefix + "-" + value.dropFirst()))
        continue
      }
      let lowerValue = value.lowercased()
      if lowerValue.contains("javascript:") { continue }
      if lowerValue.replacingOccurrences(of: "url(#", with: "").contains("url(") { continue }
      if lower == "id" {
        kept.append((name, prefix + "-" + value))
        continue
      }
      kept.append((name, value.replacingOccurrences(of: "url(#", with: "url(#" + prefix + "-")))
    }
    if isRoot {
      kept.removeAll { ["role", "aria-label", "class", "focusable"].contains($0.0) }
      kept += [
        ("class", "map-svg"), ("role", "img"), ("aria-label", label), ("focusable", "false"),
      ]
    }
    return kept.map { " " + $0.0 + "=\"" + HTMLText.escape($0.1) + "\"" }.joined()
  }
}
