import Yams

extension Map {
  /// The keys at the top of a map file.
  package static let shape = ObjectShape(
    "map", "A jurisdiction's Sequential Intercept Model map",
    fields: [
      FieldShape("simmap", .constant(formatVersion), required: true, "The format version: 1"),
      FieldShape("jurisdiction", .object(Jurisdiction.shape), required: true, "The place mapped"),
      FieldShape("continuum", .word(Continuum.words), "adult (default) or juvenile"),
      FieldShape("provenance", .text, "What the content comes from, for maps built from sources"),
      FieldShape("workshop", .object(Workshop.shape), "The mapping workshop"),
      FieldShape("sources", .list(.object(Source.shape)), "Documents items cite"),
      FieldShape("agencies", .list(.object(Agency.shape)), "The organizations in the continuum"),
      FieldShape(
        "intercepts", .interceptMap(.object(Intercept.shape)), "Intercepts 0 to 5, by number"),
      FieldShape("exchanges", .list(.object(Exchange.shape)), "Information exchanges"),
      FieldShape("agreements", .list(.object(Agreement.shape)), "Agreements that govern exchanges"),
      FieldShape("priorities", .list(.object(Priority.shape)), "Voted priorities for change"),
      FieldShape("actions", .list(.object(Action.shape)), "The action planning matrix"),
      FieldShape("charter", .object(Charter.shape), "The information-sharing project charter"),
      FieldShape("analysis", .object(AnalysisSettings.shape), "Settings for simmap analyze"),
    ])

  /// Reads a map from its root node, after the version has been checked.
  init(reading reader: ObjectReader) {
    let continuum = reader.word("continuum", Continuum.self) ?? .adult
    let jurisdiction =
      reader["jurisdiction"]?.object(Jurisdiction.shape).map { Jurisdiction(reading: $0) }
      ?? Jurisdiction(name: "")
    self.init(
      jurisdiction: jurisdiction, continuum: continuum, provenance: reader.text("provenance"),
      workshop: reader["workshop"]?.object(Workshop.shape).map { Workshop(reading: $0) },
      sources: reader.entities("sources") { Source(reading: $0) },
      agencies: reader.entities("agencies") { Agency(reading: $0) },
      intercepts: Self.readIntercepts(reader["intercepts"], continuum: continuum),
      exchanges: reader.entities("exchanges") { Exchange(reading: $0) },
      agreements: reader.entities("agreements") { Agreement(reading: $0) },
      priorities: reader.entities("priorities") { Priority(reading: $0) },
      actions: reader.entities("actions") { Action(reading: $0) },
      charter: reader["charter"]?.object(Charter.shape).map { Charter(reading: $0) },
      analysis: reader["analysis"]?.object(AnalysisSettings.shape).map {
        AnalysisSettings(reading: $0)
      } ?? AnalysisSettings())
  }

  private static func readIntercepts(_ node: MapNode?, continuum: Continuum) -> [Intercept] {
    guard let node else { return [] }
    guard case .mapping(let mapping) = node.node else {
      node.wrongType(expected: "a mapping from intercept numbers (0 to 5) to intercepts")
      return []
    }
    var intercepts: [Intercept] = []
    for (key, value) in mapping {
      let keyNode = MapNode(
        key, path: node.path.appending(key.string ?? "?"), context: node.context)
      guard let number = keyNode.interceptNumber() else { continue }
      let valueNode = MapNode(value, path: keyNode.path, context: node.context)
      if MapNode.isNullNode(value) {
        intercepts.append(
          Intercept(
            number: number,
            decisionPoints: DecisionPoint.defaults(for: number, continuum: continuum)))
      } else if let reader = valueNode.object(Intercept.shape) {
        intercepts.append(Intercept(reading: reader, number: number, continuum: continuum))
      }
    }
    return intercepts
  }
}
