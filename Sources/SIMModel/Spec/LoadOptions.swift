/// Limits that keep a hostile or broken file from exhausting memory or time.
package struct LoadOptions: Sendable, Hashable {
  /// The default largest file simmap reads: 10 MiB, far above any real map.
  package static let defaultMaximumFileSize = 10 * 1024 * 1024
  /// The default deepest nesting of YAML collections; real maps nest about 6 deep.
  package static let defaultMaximumNesting = 64
  /// The default largest number of YAML nodes after aliases are expanded.
  package static let defaultMaximumNodes = 500_000

  /// The largest file, in bytes.
  package var maximumFileSize: Int
  /// The deepest nesting of mappings and lists.
  package var maximumNesting: Int
  /// The most nodes the document may expand to; a document may also expand to no more values
  /// than it has bytes (or 10,000), which stops alias bombs in small files at once.
  package var maximumNodes: Int

  /// Creates limits; each defaults to the value above.
  package init(
    maximumFileSize: Int = defaultMaximumFileSize, maximumNesting: Int = defaultMaximumNesting,
    maximumNodes: Int = defaultMaximumNodes
  ) {
    self.maximumFileSize = maximumFileSize
    self.maximumNesting = maximumNesting
    self.maximumNodes = maximumNodes
  }
}
