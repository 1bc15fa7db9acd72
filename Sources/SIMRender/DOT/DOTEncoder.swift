/// Writes a `DOTGraph` as DOT text: the one encoder of the package.
///
/// Output is deterministic: attributes sorted by key, statements in the order they were added,
/// two-space indentation, a final newline.
struct DOTEncoder {
  /// The DOT text of a graph.
  func encode(_ graph: DOTGraph) -> String {
    var lines = ["digraph \(quoted(graph.name)) {"]
    appendDefaults("graph", graph.attributes, to: &lines, depth: 1)
    appendDefaults("node", graph.nodeDefaults, to: &lines, depth: 1)
    appendDefaults("edge", graph.edgeDefaults, to: &lines, depth: 1)
    for statement in graph.body.statements { append(statement, to: &lines, depth: 1) }
    lines.append("}")
    return lines.joined(separator: "\n") + "\n"
  }

  private func append(_ statement: DOTStatement, to lines: inout [String], depth: Int) {
    let indent = String(repeating: "  ", count: depth)
    switch statement {
    case .node(let node):
      lines.append(indent + quoted(node.id) + attributeList(node.attributes) + ";")
    case .reference(let id):
      lines.append(indent + quoted(id) + ";")
    case .edge(let edge):
      lines.append(
        indent + quoted(edge.from) + " -> " + quoted(edge.to) + attributeList(edge.attributes) + ";"
      )
    case .subgraph(let subgraph):
      lines.append(indent + "subgraph \(quoted(subgraph.id)) {")
      appendDefaults("graph", subgraph.attributes, to: &lines, depth: depth + 1)
      for inner in subgraph.statements { append(inner, to: &lines, depth: depth + 1) }
      lines.append(indent + "}")
    }
  }

  private func appendDefaults(
    _ keyword: String, _ attributes: DOTAttributes, to lines: inout [String], depth: Int
  ) {
    guard !attributes.isEmpty else { return }
    lines.append(String(repeating: "  ", count: depth) + keyword + attributeList(attributes) + ";")
  }

  private func attributeList(_ attributes: DOTAttributes) -> String {
    guard !attributes.isEmpty else { return "" }
    let pairs = attributes.sorted.map { attribute in
      let text = Self.labelKeys.contains(attribute.key) ? capped(attribute.value) : attribute.value
      return "\(attribute.key.rawValue)=\(value(text))"
    }
    return " [" + pairs.joined(separator: ", ") + "]"
  }

  /// The attributes whose text is shown, and bounded by `LabelCap`.
  private static let labelKeys: Set<DOTAttributeKey> = [.label, .xlabel]

  private func capped(_ value: DOTValue) -> DOTValue {
    switch value {
    case .text(let text): .text(LabelCap.capped(text))
    case .html(let label): .html(LabelCap.capped(label))
    }
  }

  private func value(_ value: DOTValue) -> String {
    switch value {
    case .text(let text): quoted(text)
    case .html(let label): "<" + html(label) + ">"
    }
  }

  /// A double-quoted, escaped DOT string.
  func quoted(_ text: String) -> String {
    "\"" + DOTEscaping.escape(text, for: .quoted) + "\""
  }
}
