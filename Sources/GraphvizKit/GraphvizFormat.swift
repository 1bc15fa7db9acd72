/// An output format that GraphvizKit can ask Graphviz to produce.
///
/// The raw value is the Graphviz output format name (as in `dot -T<name>`).
public enum GraphvizFormat: String, CaseIterable, Sendable, Codable {
  /// Scalable Vector Graphics, from Graphviz's core `svg` device.
  case svg
  /// Portable Network Graphics, from the cairo (pango plugin) device.
  case png
  /// Portable Document Format, from the cairo (pango plugin) device.
  case pdf
  /// Graphviz's JSON description of the laid-out graph (`dot -Tjson`).
  case json
}
