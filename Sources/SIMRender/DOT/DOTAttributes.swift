/// A set of DOT attributes, always written sorted by key.
struct DOTAttributes: Hashable, Sendable, ExpressibleByDictionaryLiteral {
  private var values: [DOTAttributeKey: DOTValue]

  /// An empty set.
  init() {
    values = [:]
  }

  /// A set from a literal such as `[.shape: "box", .fontsize: 12]`.
  init(dictionaryLiteral elements: (DOTAttributeKey, any DOTValueConvertible)...) {
    values = [:]
    for (key, value) in elements { values[key] = value.dotValue }
  }

  /// The value for a key.
  subscript(key: DOTAttributeKey) -> DOTValue? {
    get { values[key] }
    set { values[key] = newValue }
  }

  /// Sets a key to a value.
  mutating func set(_ key: DOTAttributeKey, _ value: any DOTValueConvertible) {
    values[key] = value.dotValue
  }

  /// These attributes with `other`'s values added, `other` winning on a shared key.
  func merging(_ other: DOTAttributes) -> DOTAttributes {
    var result = self
    result.values.merge(other.values) { _, new in new }
    return result
  }

  /// Whether no attribute is set.
  var isEmpty: Bool { values.isEmpty }

  /// The attributes sorted by key name, the order the encoder writes them in.
  var sorted: [(key: DOTAttributeKey, value: DOTValue)] {
    values.keys.sorted().compactMap { key in values[key].map { (key, $0) } }
  }
}
