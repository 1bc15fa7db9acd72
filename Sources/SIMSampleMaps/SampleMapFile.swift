/// One sample map compiled into simmap: its file name in `Maps/` and its text.
package struct SampleMapFile: Hashable, Sendable {
  /// The file name, such as `hancock-oh-2017.yaml`.
  package let name: String
  /// The map's YAML text, byte for byte as in `Maps/`.
  package let text: String

  /// Creates an entry from the file's bytes, decoded as UTF-8.
  package init(name: String, bytes: [UInt8]) {
    self.name = name
    self.text = String(decoding: bytes, as: UTF8.self)
  }

  /// The file name without `.yaml`, such as `hancock-oh-2017`: the name users type.
  package var stem: String {
    name.hasSuffix(".yaml") ? String(name.dropLast(".yaml".count)) : name
  }
}
