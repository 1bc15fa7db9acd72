import Foundation

/// Writes the JSON Schema of the map format, so editors with YAML support can check and
/// autocomplete map files.
///
/// The schema is derived from the same shape declarations the loader reads with, so the two
/// cannot drift apart; `schema/simmap.schema.json` in the repository is this output.
public enum JSONSchema {
  /// The schema as pretty-printed JSON with sorted keys, ending in a newline.
  public static func text() -> String {
    let object = document()
    guard
      let data = try? JSONSerialization.data(
        withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]),
      let text = String(data: data, encoding: .utf8)
    else { return "{}\n" }
    return text + "\n"
  }

  /// The schema as a JSON object tree.
  static func document() -> [String: Any] {
    var definitions: [String: Any] = [:]
    collect(Map.shape, into: &definitions)
    var root = objectSchema(Map.shape)
    root["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    root["title"] = "simmap map file, format version \(Map.formatVersion)"
    root["$defs"] = definitions
    return root
  }

  /// The name of a shape's entry under `$defs`: "team member" becomes "team-member".
  static func definitionName(_ shape: ObjectShape) -> String {
    shape.name.replacingOccurrences(of: " ", with: "-")
  }

  private static func collect(_ shape: ObjectShape, into definitions: inout [String: Any]) {
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

  private static func objectSchema(_ shape: ObjectShape) -> [String: Any] {
    var properties: [String: Any] = [:]
    for field in shape.fields {
      var property = schema(for: field.shape)
      property["description"] = field.summary
      properties[field.name] = property
    }
    var object: [String: Any] = [
      "type": "object", "description": shape.summary, "properties": properties,
      "additionalProperties": false,
    ]
    let required = shape.fields.filter(\.isRequired).map(\.name)
    if !required.isEmpty { object["required"] = required }
    return object
  }

  private static let idPattern = "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"

  private static func schema(for shape: ValueShape) -> [String: Any] {
    switch shape {
    case .constant(let value): return ["const": value]
    case .text: return ["type": ["string", "number", "boolean"]]
    case .integer(let minimum):
      return minimum.map { ["type": "integer", "minimum": $0] } ?? ["type": "integer"]
    case .number(let minimum):
      return minimum.map { ["type": "number", "minimum": $0] } ?? ["type": "number"]
    case .boolean: return ["type": "boolean"]
    case .date:
      return ["type": ["string", "integer"], "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"]
    case .identifier: return ["type": "string", "pattern": idPattern]
    case .reference(let kind):
      return ["type": "string", "pattern": idPattern, "$comment": "the id of a \(kind)"]
    case .word(let words): return ["enum": words]
    case .interceptNumber: return ["type": "integer", "minimum": 0, "maximum": 5]
    case .list(let inner): return ["type": "array", "items": schema(for: inner)]
    case .oneOrList(let inner):
      let single = schema(for: inner)
      return ["anyOf": [single, ["type": "array", "items": single]]]
    case .object(let object): return ["$ref": "#/$defs/\(definitionName(object))"]
    case .interceptMap(let inner):
      return [
        "type": "object", "propertyNames": ["enum": InterceptNumber.all.map(\.description)],
        "additionalProperties": ["anyOf": [schema(for: inner), ["type": "null"]]],
      ]
    case .oneOf(let shapes): return ["anyOf": shapes.map(schema(for:))]
    }
  }
}
