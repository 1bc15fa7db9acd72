/// What the installed Graphviz can do, as reported for a `doctor` command.
public struct GraphvizCapabilities: Sendable, Equatable {
  /// The font family simmap pins in generated DOT so that text metrics are reproducible.
  public static let pinnedFontFamily = "DejaVu Sans"

  /// Graphviz's version string from `gvcVersion`, or `nil` when no context could be created.
  public let version: String?
  /// Layout engines registered with Graphviz (e.g. `dot`, `neato`), sorted.
  public let layoutEngines: [String]
  /// Output formats registered as Graphviz devices (e.g. `svg`, `png`), sorted.
  public let outputFormats: [String]
  /// Whether `fontconfig` knows the pinned font family; `nil` when `fc-list` could not be run.
  public let isPinnedFontAvailable: Bool?

  /// Creates a capabilities report.
  public init(
    version: String?, layoutEngines: [String], outputFormats: [String],
    isPinnedFontAvailable: Bool?
  ) {
    self.version = version
    self.layoutEngines = layoutEngines
    self.outputFormats = outputFormats
    self.isPinnedFontAvailable = isPinnedFontAvailable
  }

  /// Whether the `dot` layout engine, the only one simmap uses, is available.
  public var isDotLayoutAvailable: Bool {
    layoutEngines.contains(GraphvizContext.layoutEngine)
  }

  /// The formats of ``GraphvizFormat`` that Graphviz can produce, in declaration order.
  public var availableFormats: [GraphvizFormat] {
    GraphvizFormat.allCases.filter { outputFormats.contains($0.rawValue) }
  }
}
