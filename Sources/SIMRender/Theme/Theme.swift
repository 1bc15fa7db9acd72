import SIMModel

/// How the renderer draws each kind of thing: the one table from domain meaning to look.
///
/// Views never write raw shapes, colours or line styles; they ask the theme. Three themes ship:
/// `default` (colour), `print` (black and white: status shown by line style, shape and a text
/// marker, never by colour alone) and `projector` (large type, high contrast).
package struct Theme: Hashable, Sendable {
  /// The theme's name, as `named(_:)` accepts it.
  package var name: String
  /// Font family and sizes.
  package var fonts: Fonts
  /// Page colours and the text colours used outside styled nodes.
  package var palette: Palette
  /// The look of the six intercept columns.
  package var bands: Bands
  /// Wrapping widths and spacing.
  package var spacing: Spacing
  /// A SIM decision point on the spine.
  package var decisionPoint: NodeStyle
  /// A local or renamed step the map adds to the spine.
  package var localDecisionPoint: NodeStyle
  /// Resources, by status.
  package var resources: ResourceStyles
  /// A gap.
  package var gap: NodeStyle
  /// Exchanges, by status.
  package var exchanges: ExchangeStyles
  /// Agency fill colours, by sector.
  package var sectors: SectorColors
  /// An agency box in the sharing view; `agencyStyle(for:)` adds the sector's fill and shape.
  package var agency: NodeStyle
  /// A spine edge from one decision point to the next.
  package var spine: EdgeStyle
  /// An edge from the spine back to the community.
  package var exit: EdgeStyle
  /// A violation looping back to detention.
  package var violation: EdgeStyle
  /// The community band under the columns.
  package var community: NodeStyle
  /// A linkage opportunity the analysis found, on the opportunities view.
  package var opportunity = NodeStyle(
    line: .dashed, isRounded: true, penWidth: 1.8, border: Color("#6A1B9A"),
    fill: Color("#F3E5F5"), text: Color("#4A148C"), marker: "OPPORTUNITY")
  /// A core practice an intercept lacks, on the opportunities view.
  package var missingPractice = NodeStyle(
    line: .dotted, penWidth: 1.5, border: Color("#546E7A"), fill: .white,
    text: Color("#37474F"), marker: "MISSING CORE PRACTICE")

  /// The theme called `name` (`default`, `print` or `projector`), or nil for another name.
  package static func named(_ name: String) -> Theme? {
    all.first { $0.name == name }
  }

  /// Every built-in theme, in the order `names` lists them.
  package static var all: [Theme] { [.default, .print, .projector] }

  /// The names of the built-in themes.
  package static var names: [String] { all.map(\.name) }
}
