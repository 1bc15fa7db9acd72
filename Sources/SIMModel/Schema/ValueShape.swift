/// The shape of a value in the map format.
///
/// One declaration per map type drives three things: reading the YAML, warning about unknown
/// keys, and writing the JSON Schema that editors use to autocomplete map files.
package indirect enum ValueShape: Sendable {
  /// Exactly this whole number, such as the format version.
  case constant(Int)
  /// Free text; any scalar is read as text.
  case text
  /// A whole number, with an optional lower bound.
  case integer(minimum: Int?)
  /// A number, with an optional lower bound.
  case number(minimum: Double?)
  /// `true` or `false`.
  case boolean
  /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
  case date
  /// A new kebab-case id.
  case identifier
  /// The id of another item of the named kind, such as "agency".
  case reference(String)
  /// One word of a closed vocabulary.
  case word([String])
  /// An intercept number, 0 to 5.
  case interceptNumber
  /// A sequence of values.
  case list(ValueShape)
  /// One value, or a sequence of them.
  case oneOrList(ValueShape)
  /// A mapping with known keys.
  case object(ObjectShape)
  /// A mapping keyed by intercept number, 0 to 5.
  case interceptMap(ValueShape)
  /// Any one of several shapes.
  case oneOf([ValueShape])
}

/// One key of a mapping in the map format.
package struct FieldShape: Sendable {
  /// The key as written in YAML.
  package var name: String
  /// The shape of its value.
  package var shape: ValueShape
  /// Whether the key must be present.
  package var isRequired: Bool
  /// A one-line explanation, used in the schema and the docs.
  package var summary: String

  /// Declares a key.
  package init(_ name: String, _ shape: ValueShape, required: Bool = false, _ summary: String) {
    self.name = name
    self.shape = shape
    self.isRequired = required
    self.summary = summary
  }
}

/// The keys of one kind of mapping in the map format, such as an agency.
package struct ObjectShape: Sendable {
  /// The name of the kind, used for `$defs` in the schema and in messages: "agency".
  package var name: String
  /// A one-line explanation.
  package var summary: String
  /// The keys, in documentation order.
  package var fields: [FieldShape]

  /// Declares a kind of mapping.
  package init(_ name: String, _ summary: String, fields: [FieldShape]) {
    self.name = name
    self.summary = summary
    self.fields = fields
  }

  /// The field declared for a key.
  package func field(_ key: String) -> FieldShape? {
    fields.first { $0.name == key }
  }
}
