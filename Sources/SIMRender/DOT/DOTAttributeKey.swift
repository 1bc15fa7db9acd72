/// The DOT attribute names simmap writes; see https://graphviz.org/doc/info/attrs.html.
enum DOTAttributeKey: String, Hashable, Sendable, Comparable {
  case arrowhead, arrowsize, arrowtail, bgcolor, color, compound, constraint, dir
  case fillcolor, fixedsize, fontcolor, fontname, fontsize, forcelabels
  case height, label, labeljust, labelloc, margin, minlen, newrank, nodesep
  case ordering, pad, penwidth, peripheries, rank, rankdir, ranksep, remincross
  case shape, splines, style, tooltip, weight, width, xlabel

  /// Orders keys by their DOT name.
  static func < (lhs: DOTAttributeKey, rhs: DOTAttributeKey) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}
