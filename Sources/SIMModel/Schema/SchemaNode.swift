/// One JSON Schema, with the keywords the map format needs, written by `JSONEncoder`.
struct SchemaNode: Encodable, Sendable {
  /// A JSON number that stays whole when it is whole.
  enum Number: Encodable, Sendable {
    case whole(Int), real(Double)

    func encode(to encoder: any Encoder) throws {
      var container = encoder.singleValueContainer()
      switch self {
      case .whole(let value): try container.encode(value)
      case .real(let value): try container.encode(value)
      }
    }
  }

  var schema: String?
  var title: String?
  var reference: String?
  var types: [String]?
  var description: String?
  var comment: String?
  var constant: Int?
  var words: [String]?
  var pattern: String?
  var minimum: Number?
  var maximum: Number?
  var properties: [String: SchemaNode]?
  var required: [String]?
  var allowsOtherProperties: Bool?
  var otherProperties: [SchemaNode]?
  var propertyNames: [SchemaNode]?
  var items: [SchemaNode]?
  var anyOf: [SchemaNode]?
  var definitions: [String: SchemaNode]?

  private enum CodingKeys: String, CodingKey {
    case schema = "$schema", title, reference = "$ref", types = "type", description
    case comment = "$comment", constant = "const", words = "enum", pattern, minimum, maximum
    case properties, required, additionalProperties, propertyNames, items, anyOf
    case definitions = "$defs"
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encodeIfPresent(schema, forKey: .schema)
    try container.encodeIfPresent(title, forKey: .title)
    try container.encodeIfPresent(reference, forKey: .reference)
    if let types {
      if types.count == 1 {
        try container.encode(types[0], forKey: .types)
      } else {
        try container.encode(types, forKey: .types)
      }
    }
    try container.encodeIfPresent(description, forKey: .description)
    try container.encodeIfPresent(comment, forKey: .comment)
    try container.encodeIfPresent(constant, forKey: .constant)
    try container.encodeIfPresent(words, forKey: .words)
    try container.encodeIfPresent(pattern, forKey: .pattern)
    try container.encodeIfPresent(minimum, forKey: .minimum)
    try container.encodeIfPresent(maximum, forKey: .maximum)
    try container.encodeIfPresent(properties, forKey: .properties)
    try container.encodeIfPresent(required, forKey: .required)
    if let other = otherProperties?.first {
      try container.encode(other, forKey: .additionalProperties)
    } else {
      try container.encodeIfPresent(allowsOtherProperties, forKey: .additionalProperties)
    }
    try container.encodeIfPresent(propertyNames?.first, forKey: .propertyNames)
    try container.encodeIfPresent(items?.first, forKey: .items)
    try container.encodeIfPresent(anyOf, forKey: .anyOf)
    try container.encodeIfPresent(definitions, forKey: .definitions)
  }

  /// `null`.
  static let null = SchemaNode(types: ["null"])

  /// This schema, also accepting `null`: how YAML writes a key with nothing after it, which the
  /// loader reads as if the key were absent.
  func allowingNull() -> SchemaNode {
    if var types, reference == nil, constant == nil, words == nil, anyOf == nil {
      if !types.contains("null") { types.append("null") }
      var copy = self
      copy.types = types
      return copy
    }
    if var choices = anyOf, types == nil, reference == nil, constant == nil, words == nil {
      if !choices.contains(where: { $0.types == ["null"] }) { choices.append(.null) }
      var copy = self
      copy.anyOf = choices
      return copy
    }
    return SchemaNode(anyOf: [self, .null])
  }
}
