/// A made-up map of a given size, for measuring how drawing time grows.
struct SyntheticMap {
  static let sizes = [10, 50, 200, 1_000, 5_000]

  var resources: Int

  func text() -> String {
    let agencies = max(4, resources / 5)
    var lines = ["simmap: 1", "jurisdiction: { name: Synthetic County \(resources) }", "agencies:"]
    for index in 0..<agencies {
      let sector = index % 2 == 0 ? "justice" : "behavioral-health"
      lines.append(
        "  - { id: agency-\(index), name: Synthetic agency number \(index), sector: \(sector) }")
    }
    lines.append("intercepts:")
    for intercept in 0...5 {
      lines.append("  \(intercept):")
      lines.append("    resources:")
      for index in stride(from: intercept, to: resources, by: 6) {
        lines.append(
          "      - { id: resource-\(index), name: Synthetic resource number \(index) with a longer name, "
            + "agency: agency-\(index % agencies) }")
      }
      lines.append("    gaps:")
      for index in stride(from: intercept, to: max(6, resources / 10), by: 6) {
        lines.append("      - { id: gap-\(index), text: Synthetic gap number \(index) }")
      }
    }
    lines.append("exchanges:")
    for index in 0..<max(1, resources / 10) {
      lines.append(
        "  - { id: exchange-\(index), intercept: \(index % 6), from: agency-\(index % agencies), "
          + "to: agency-\((index + 1) % agencies), status: in-place }")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
