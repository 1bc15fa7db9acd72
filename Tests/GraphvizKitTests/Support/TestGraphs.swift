/// DOT texts used by the GraphvizKit tests. Every graph is named, so SVG output is deterministic.
enum TestGraphs {
  /// Two nodes and an edge.
  static let simple = """
    digraph "simple" {
      node [fontname="DejaVu Sans"];
      a -> b;
    }
    """

  /// Two clusters and an HTML-like label: the shape that triggers Graphviz 2.42's cluster leak.
  static let clustered = """
    digraph "clustered" {
      node [fontname="DejaVu Sans", shape=box];
      subgraph cluster_police { label="Police"; arrest; booking; }
      subgraph cluster_court {
        label="Court";
        hearing [label=<<b>First hearing</b><br/>Court L2>];
        sentence;
      }
      arrest -> booking -> hearing -> sentence;
    }
    """

  /// Syntactically broken DOT.
  static let invalid = """
    digraph "broken" {
      a -> ;
    }
    """

  /// Valid DOT that makes Graphviz warn, on every layout, about an unknown port.
  ///
  /// (Unknown shapes and colours are not used: 2.42 warns about each of those only once per
  /// process.)
  static let unknownPort = """
    digraph "unknown_port" {
      a -> b [headport=zz];
    }
    """

  /// The Graphviz warning emitted for ``unknownPort``.
  static let unknownPortWarning = "Warning: node b, port zz unrecognized"

  /// A graph of `clusters` clusters with `nodesPerCluster` chained nodes each, plus links.
  static func chainedClusters(clusters: Int, nodesPerCluster: Int, name: String) -> String {
    var lines = ["digraph \"\(name)\" {", "  node [fontname=\"DejaVu Sans\", shape=box];"]
    for cluster in 0..<clusters {
      lines.append("  subgraph cluster_\(cluster) {")
      lines.append("    label=\"Intercept \(cluster)\";")
      for node in 0..<nodesPerCluster {
        lines.append("    n\(cluster)_\(node) [label=\"Step \(node) of intercept \(cluster)\"];")
      }
      let chain = (0..<nodesPerCluster).map { "n\(cluster)_\($0)" }.joined(separator: " -> ")
      lines.append("    \(chain);")
      lines.append("  }")
      if cluster > 0 {
        lines.append("  n\(cluster - 1)_0 -> n\(cluster)_0;")
        lines.append("  n\(cluster)_\(nodesPerCluster - 1) -> n\(cluster - 1)_1 [style=dashed];")
      }
    }
    lines.append("}")
    return lines.joined(separator: "\n")
  }

  /// A ~50-node clustered graph (5 clusters of 10) for timings.
  static let fiftyNodes = chainedClusters(clusters: 5, nodesPerCluster: 10, name: "fifty")

  /// A 17-node tree without clusters, which does not hit the cluster leak (SVG ≈ 9 KB).
  static let unclustered = """
    digraph "unclustered" {
      node [fontname="DejaVu Sans", shape=box];
      \((0..<8).map { "root -> child\($0) -> grandchild\($0);" }.joined(separator: "\n  "))
    }
    """
}
