import Foundation
import SIMAnalysis
import SIMModel
import Testing

@testable import SIMRender

/// What a theme may change: how a picture looks, never what it shows. Golden DOT files pin the
/// default theme; these properties cover every theme of every view.
struct ThemePropertyTests {
  /// Attributes that decide the layout: the same in every theme.
  static let structural: [DOTAttributeKey] = [
    .rank, .rankdir, .newrank, .constraint, .weight, .minlen, .ordering, .compound, .dir,
    .remincross, .forcelabels,
  ]

  /// Every statement of a graph as ids and structural attributes, in order.
  static func skeleton(_ statements: [DOTStatement]) -> [String] {
    statements.flatMap { statement -> [String] in
      switch statement {
      case .node(let node): ["node \(node.id)" + structure(node.attributes)]
      case .reference(let id): ["ref \(id)"]
      case .edge(let edge): ["edge \(edge.from) -> \(edge.to)" + structure(edge.attributes)]
      case .subgraph(let subgraph):
        ["subgraph \(subgraph.id)" + structure(subgraph.attributes)] + skeleton(subgraph.statements)
          + ["end \(subgraph.id)"]
      }
    }
  }

  static func structure(_ attributes: DOTAttributes) -> String {
    structural.compactMap { key in attributes[key].map { " \(key.rawValue)=\($0)" } }.joined()
  }

  static func graphs(_ view: MapView) throws -> [(theme: Theme, graph: DOTGraph)] {
    let map = try Fixture.load(path: OpportunitiesViewTests.tutorial)
    let analysis = OpportunitiesViewTests.analysis(of: map)
    return Theme.all.map {
      ($0, DOTRenderer(theme: $0).graph(for: map, view: view, analysis: analysis))
    }
  }

  @Test(
    "every theme draws the same nodes, edges and clusters, laid out alike", arguments: MapView.all)
  func sameStructure(view: MapView) throws {
    let graphs = try Self.graphs(view)
    let reference = Self.skeleton(graphs[0].graph.body.statements)
    #expect(reference.count > 10)
    for (theme, graph) in graphs.dropFirst() {
      #expect(graph.name == graphs[0].graph.name)
      #expect(Self.structure(graph.attributes) == Self.structure(graphs[0].graph.attributes))
      let skeleton = Self.skeleton(graph.body.statements)
      #expect(skeleton == reference, "\(theme.name) differs in structure from the default")
    }
  }

  @Test("text on every filled box has a contrast ratio of at least 4.5 : 1", arguments: Theme.all)
  func contrast(theme: Theme) throws {
    let map = try Fixture.load(path: OpportunitiesViewTests.tutorial)
    let analysis = OpportunitiesViewTests.analysis(of: map)
    var checked = 0
    for view in MapView.all {
      let graph = DOTRenderer(theme: theme).graph(for: map, view: view, analysis: analysis)
      let defaultFont = Self.hex(graph.nodeDefaults[.fontcolor]) ?? "#000000"
      for node in Self.nodes(graph.body.statements) {
        guard let fill = Self.hex(node.attributes[.fillcolor]),
          (node.attributes[.style].map { "\($0)" } ?? "").contains("filled")
        else { continue }
        var colors = [Self.hex(node.attributes[.fontcolor]) ?? defaultFont]
        if case .html(let label)? = node.attributes[.label], case .lines(let lines) = label.content
        {
          colors += lines.flatMap(\.runs).compactMap { $0.style.color.map { $0.rawValue } }
        }
        for color in Set(colors) {
          let ratio = Contrast.ratio(color, fill)
          #expect(ratio >= 4.5, "\(theme.name) \(view) \(node.id): \(color) on \(fill) is \(ratio)")
          checked += 1
        }
      }
    }
    #expect(checked > 20)
  }

  static func nodes(_ statements: [DOTStatement]) -> [DOTNode] {
    statements.flatMap { statement -> [DOTNode] in
      switch statement {
      case .node(let node): [node]
      case .subgraph(let subgraph): nodes(subgraph.statements)
      case .edge, .reference: []
      }
    }
  }

  /// A `#RRGGBB` colour value, or nil for anything else.
  static func hex(_ value: DOTValue?) -> String? {
    guard case .text(let text)? = value, text.hasPrefix("#"), text.count == 7 else { return nil }
    return text
  }
}

/// WCAG 2 contrast between two `#RRGGBB` colours.
enum Contrast {
  static func ratio(_ first: String, _ second: String) -> Double {
    let (a, b) = (luminance(first), luminance(second))
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)
  }

  static func luminance(_ hex: String) -> Double {
    let value = Int(hex.dropFirst(), radix: 16) ?? 0
    let channels = [(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF].map { channel in
      let c = Double(channel) / 255
      return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
    }
    return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
  }
}
