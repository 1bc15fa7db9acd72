import Foundation
import SIMModel
import SIMTestSupport
import Testing

@Suite("JSON Schema")
struct SchemaTests {
  @Test("the schema in the repository is what simmap generates")
  func committedSchemaIsCurrent() throws {
    let url = Fixtures.root.appendingPathComponent("schema/simmap.schema.json")
    let committed = try String(contentsOf: url, encoding: .utf8)
    #expect(
      committed == JSONSchema.text(),
      "schema/simmap.schema.json is stale: run `swift run simmap schema -o schema/simmap.schema.json`"
    )
  }

  /// The parts of a JSON Schema these tests read.
  struct Schema: Decodable {
    var required: [String]?
    var properties: [String: Schema]?
    var words: [String]?
    var anyOf: [Schema]?
    var types: Types?
    var definitions: [String: Schema]?

    enum CodingKeys: String, CodingKey {
      case required, properties, anyOf
      case words = "enum", types = "type", definitions = "$defs"
    }

    /// `type`, written as one name or a list of names.
    struct Types: Decodable {
      var names: [String]
      init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let list = try? container.decode([String].self) {
          names = list
        } else {
          names = [try container.decode(String.self)]
        }
      }
    }
  }

  @Test("the schema declares every key the loader reads, with the same required keys")
  func schemaMatchesShapes() throws {
    let root = try JSONDecoder().decode(Schema.self, from: Data(JSONSchema.text().utf8))
    let definitions = try #require(root.definitions)
    let agency = try #require(definitions["agency"])
    let properties = try #require(agency.properties)
    #expect(Set(properties.keys) == Set(Agency.shape.fields.map(\.name)))
    #expect(agency.required == ["id", "name", "sector"])
    #expect(root.required == ["simmap", "jurisdiction"])
    let sector = try #require(properties["sector"])
    #expect(sector.words == Agency.Sector.words)
    for name in ["resource", "gap", "exchange", "agreement", "priority", "action", "charter"] {
      #expect(definitions[name] != nil, "no $defs entry for \(name)")
    }
  }

  @Test("every optional key accepts null, as the loader does; required keys do not")
  func optionalKeysAcceptNull() throws {
    let root = try JSONDecoder().decode(Schema.self, from: Data(JSONSchema.text().utf8))
    var objects = Array((root.definitions ?? [:]).values)
    objects.append(root)
    var checked = 0
    for object in objects {
      let required = Set(object.required ?? [])
      for (name, property) in object.properties ?? [:] {
        let acceptsNull =
          property.types?.names.contains("null") == true
          || property.anyOf?.contains { $0.types?.names == ["null"] } == true
        #expect(acceptsNull != required.contains(name), "\(name)")
        checked += 1
      }
    }
    #expect(checked > 50)
  }

  @Test("every key of the format is documented in docs/map-format.md")
  func documented() throws {
    let url = Fixtures.root.appendingPathComponent("docs/map-format.md")
    let text = try String(contentsOf: url, encoding: .utf8)
    var missing: [String] = []
    var seen = Set<String>()
    func visit(_ shape: ObjectShape) {
      guard seen.insert(shape.name).inserted else { return }
      for field in shape.fields {
        if !text.contains("`\(field.name)`") { missing.append("\(shape.name).\(field.name)") }
        for nested in nestedObjects(field.shape) { visit(nested) }
      }
    }
    visit(Map.shape)
    #expect(missing.isEmpty, "undocumented keys: \(missing)")
  }

  private func nestedObjects(_ shape: ValueShape) -> [ObjectShape] {
    switch shape {
    case .object(let object): [object]
    case .list(let inner), .oneOrList(let inner), .interceptMap(let inner): nestedObjects(inner)
    case .oneOf(let shapes): shapes.flatMap(nestedObjects)
    default: []
    }
  }
}
