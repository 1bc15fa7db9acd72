import Yams

/// Reads the keys of one mapping against its declared shape.
///
/// On creation it reports keys the shape does not know (a warning with "did you mean") and
/// required keys that are missing or empty, so each reader call only has to read.
struct ObjectReader {
  let node: MapNode
  let shape: ObjectShape
  private let values: [String: Node]

  init(_ mapping: Node.Mapping, node: MapNode, shape: ObjectShape) {
    self.node = node
    self.shape = shape
    var values: [String: Node] = [:]
    let known = shape.fields.map(\.name)
    for (key, value) in mapping {
      let name = key.string ?? ""
      values[name] = value
      if shape.field(name) == nil {
        let keyNode = MapNode(key, path: node.path.appending(name), context: node.context)
        node.context.report(
          .unknownKey,
          "unknown key \"\(name)\" in \(shape.name) is ignored"
            + Suggestion.didYouMean(name, in: known),
          at: keyNode,
          hint: "keys of \(shape.name): " + known.joined(separator: ", "))
      }
    }
    self.values = values
    for field in shape.fields where field.isRequired {
      let value = values[field.name]
      if value == nil || value.map({ MapNode.isNullNode($0) }) == true {
        node.context.report(
          Diagnostic(
            .missingKey,
            "\(shape.name) is missing required key \"\(field.name)\" (\(field.summary.lowercasedFirst))",
            at: value.flatMap { node.context.location(of: $0.mark) } ?? node.location,
            path: node.path.appending(field.name)))
      }
    }
  }

  /// The value of a declared key, or nil when it is absent or null.
  subscript(_ key: String) -> MapNode? {
    precondition(shape.field(key) != nil, "\(shape.name) reads undeclared key \(key)")
    guard let value = values[key], !MapNode.isNullNode(value) else { return nil }
    return MapNode(value, path: node.path.appending(key), context: node.context)
  }

  /// Whether the mapping holds a key, even with an empty value.
  func contains(_ key: String) -> Bool { values[key] != nil }

  // Shorthands for the common optional scalars.

  func text(_ key: String) -> String? { self[key]?.text() }
  func nonEmptyText(_ key: String) -> String? { self[key]?.nonEmptyText() }
  func integer(_ key: String, minimum: Int? = nil) -> Int? { self[key]?.integer(minimum: minimum) }
  func boolean(_ key: String) -> Bool? { self[key]?.boolean() }
  func date(_ key: String) -> CalendarDate? { self[key]?.date() }
  func word<Word: Vocabulary>(_ key: String, _ type: Word.Type = Word.self) -> Word? {
    self[key]?.word(type)
  }
  /// An id: the item's own `id` (recorded as a definition) or a reference to another item
  /// (recorded for the reference check), as the field's shape says.
  func identifier<Entity>(_ key: String, _ type: Entity.Type = Entity.self)
    -> Identifier<Entity>?
  {
    guard let value = self[key] else { return nil }
    return record(value, key: key, value.identifier(type))
  }

  private func record<Entity>(_ node: MapNode, key: String, _ id: Identifier<Entity>?)
    -> Identifier<Entity>?
  {
    guard let id, let field = shape.field(key) else { return id }
    switch field.shape {
    case .identifier where key == "id":
      node.context.recordDefinition(kind: shape.name, id: id.rawValue, at: node)
    case .reference(let kind), .oneOrList(.reference(let kind)), .list(.reference(let kind)):
      node.context.recordReference(kind: kind, id: id.rawValue, at: node)
    default: break
    }
    return id
  }

  /// A key that takes one value or a list of them, read element by element.
  func oneOrList<Value>(_ key: String, _ read: (MapNode) -> Value?) -> [Value] {
    self[key]?.oneOrList().compactMap(read) ?? []
  }

  /// A key that takes a list, read element by element.
  func list<Value>(_ key: String, _ read: (MapNode) -> Value?) -> [Value] {
    self[key]?.list()?.compactMap(read) ?? []
  }

  /// A list of references to other items.
  func references<Entity>(_ key: String, _ type: Entity.Type = Entity.self) -> [Identifier<Entity>]
  {
    oneOrList(key) { record($0, key: key, $0.identifier(type)) }
  }

  /// The `source:` key every citable item has.
  var sources: [Source.ID] { references("source") }

  /// A list of entities, with the path of each one kept in the source map in model order.
  func entities<Entity>(_ key: String, _ read: (MapNode) -> Entity?) -> [Entity] {
    let listPath = node.path.appending(key)
    var entities: [Entity] = []
    var paths: [FieldPath] = []
    for element in self[key]?.list() ?? [] {
      if let entity = read(element) {
        entities.append(entity)
        paths.append(element.path)
      }
    }
    node.context.recordElements(paths, of: listPath)
    return entities
  }
}

extension MapNode {
  /// Whether a node is an explicit null: `key:` with nothing after it, `~` or `null`.
  static func isNullNode(_ node: Node) -> Bool {
    if case .scalar = node { return node.null != nil }
    return false
  }
}

extension String {
  var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
