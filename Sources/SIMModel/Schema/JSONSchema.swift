import Foundation

/// Writes the JSON Schema of the map format, so editors with YAML support can check and
/// autocomplete map files.
///
/// The schema is derived from the same shape declarations the loader reads with, so the two
/// cannot drift apart; `schema/simmap.schema.json` in the repository is this output. Every key
/// that is not required also accepts `null` (`key:` with nothing after it, as in the worksheets
/// `simmap init` writes), since the loader reads a null key as an absent one.
package enum JSONSchema {
  /// The schema as pretty-printed JSON with sorted keys, ending in a newline.
  package static func text() -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    // Encoding plain strings, numbers and arrays cannot fail.
    let data = (try? encoder.encode(document())) ?? Data()
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  /// The schema as a tree of schemas.
  static func document() -> SchemaNode {
    var definitions: [String: SchemaNode] = [:]
    collect(Map.shape, into: &definitions)
    var root = objectSchema(Map.shape)
    root.schema = "https://json-schema.org/draft/2020-12/schema"
    root.title = "simmap map file, format version \(Map.formatVersion)"
    root.definitions = definitions
    return root
  }

  /// The name of a shape's entry under `$defs`: "team member" becomes "team-member".
  static func definitionName(_ shape: ObjectShape) -> String {
    shape.name.replacingOccurrences(of: " ", with: "-")
  }

  private static func collect(_ shape: ObjectShape, into definitions: inout [String: SchemaNode]) {
    for field in shape.fields {
      for nested in objects(in: field.shape) where definitions[definitionName(nested)] == nil {
        definitions[definitionName(nested)] = objectSchema(nested)
        collect(nested, into: &definitions)
      }
    }
  }

  private static func objects(in shape: ValueShape) -> [ObjectShape] {
    switch shape {
    case .object(let object): [object]
    case .list(let inner), .oneOrList(let inner), .interceptMap(let inner): objects(in: inner)
    case .oneOf(let shapes): shapes.flatMap(objects(in:))
    default: []
    }
  }

  private static func objectSchema(_ shape: ObjectShape) -> SchemaNode {
    var properties: [String: SchemaNode] = [:]
    for field in shape.fields {
      var property = schema(for: field.shape)
      if !field.isRequired { property = property.allowingNull() }
      property.description = field.summary
      properties[field.name] = property
    }
    let required = shape.fields.filter(\.isRequired).map(\.name)
    return SchemaNode(
      types: ["object"], description: shape.summary, properties: properties,
      required: required.isEmpty ? nil : required, allowsOtherProperties: false)
  }

  private static let idPattern = "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"

  private static func schema(for shape: ValueShape) -> SchemaNode {
    switch shape {
    case .constant(let value): return SchemaNode(constant: value)
    case .text: return SchemaNode(types: ["string", "number", "boolean"])
    case .integer(let minimum):
      return SchemaNode(types: ["integer"], minimum: minimum.map { .whole($0) })
    case .number(let minimum):
      return SchemaNode(types: ["number"], minimum: minimum.map(number))
    case .boolean: return SchemaNode(types: ["boolean"])
    case .date:
      return SchemaNode(
        types: ["string", "integer"], pattern: "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$")
    case .identifier: return SchemaNode(types: ["string"], pattern: idPattern)
    case .reference(let kind):
      return SchemaNode(types: ["string"], comment: "the id of a \(kind)", pattern: idPattern)
    case .word(let words): return SchemaNode(words: words)
    case .interceptNumber:
      return SchemaNode(types: ["integer"], minimum: .whole(0), maximum: .whole(5))
    case .list(let inner): return SchemaNode(types: ["array"], items: [schema(for: inner)])
    case .oneOrList(let inner):
      let single = schema(for: inner)
      return SchemaNode(anyOf: [single, SchemaNode(types: ["array"], items: [single])])
    case .object(let object): return SchemaNode(reference: "#/$defs/\(definitionName(object))")
    case .interceptMap(let inner):
      return SchemaNode(
        types: ["object"], otherProperties: [schema(for: inner).allowingNull()],
        propertyNames: [SchemaNode(words: InterceptNumber.all.map(\.description))])
    case .oneOf(let shapes): return SchemaNode(anyOf: shapes.map(schema(for:)))
    }
  }

  private static func number(_ value: Double) -> SchemaNode.Number {
    value == value.rounded() && abs(value) < 1e15 ? .whole(Int(value)) : .real(value)
  }
}
