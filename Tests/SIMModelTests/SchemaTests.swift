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

  @Test("the schema declares every key the loader reads, with the same required keys")
  func schemaMatchesShapes() throws {
    let data = Data(JSONSchema.text().utf8)
    let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let definitions = try #require(root["$defs"] as? [String: Any])
    let agency = try #require(definitions["agency"] as? [String: Any])
    let properties = try #require(agency["properties"] as? [String: Any])
    #expect(Set(properties.keys) == Set(Agency.shape.fields.map(\.name)))
    #expect((agency["required"] as? [String]) == ["id", "name", "sector"])
    #expect((root["required"] as? [String]) == ["simmap", "jurisdiction"])
    let sector = try #require(properties["sector"] as? [String: Any])
    #expect((sector["enum"] as? [String]) == Agency.Sector.words)
    for name in ["resource", "gap", "exchange", "agreement", "priority", "action", "charter"] {
      #expect(definitions[name] != nil, "no $defs entry for \(name)")
    }
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
