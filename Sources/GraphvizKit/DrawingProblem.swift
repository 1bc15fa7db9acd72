/// Says in plain words what Graphviz's error messages during a drawing were about.
enum DrawingProblem {
  /// A sentence fragment naming the problem, such as `the label of node "i1_r0" has markup
  /// Graphviz cannot read`, from the error lines of one job.
  static func plainWords(_ errors: [String]) -> String {
    let labels = errors.compactMap(labelOwner)
    if !labels.isEmpty {
      let owners = labels.prefix(3).joined(separator: ", ")
      let more = labels.count > 3 ? " and \(labels.count - 3) more" : ""
      return "Graphviz could not read the label of \(owners)\(more), and would have drawn "
        + "its id instead"
    }
    if errors.contains(where: { $0.contains("trouble in init_rank") }) {
      return "Graphviz's layout ran into a problem ordering the rows of the picture"
    }
    return "Graphviz reported \(errors.count == 1 ? "an error" : "\(errors.count) errors") "
      + "while drawing"
  }

  /// `node "i1_r0"` from `in label of node i1_r0`, the line cgraph adds after a label error.
  private static func labelOwner(_ line: String) -> String? {
    guard let range = line.range(of: "in label of ") else { return nil }
    let words = line[range.upperBound...].split(separator: " ", maxSplits: 1)
    guard words.count == 2 else { return nil }
    let id = words[1].prefix(80)
    return "\(words[0]) \"\(id)\""
  }
}
