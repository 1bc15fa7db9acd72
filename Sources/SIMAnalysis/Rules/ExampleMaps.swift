import SIMModel

/// Pieces of the small example maps in rule descriptions.
enum ExampleMaps {
  /// The lines every example starts with.
  static let header = """
    simmap: 1
    jurisdiction: {name: Example County}

    """

  /// An `intercepts:` section in which every adult core practice has an operating resource and
  /// every intercept has a measure, so that only the rule being shown finds anything.
  ///
  /// - Parameters:
  ///   - without: Core practices to leave out.
  ///   - markers: A marker to put before an intercept's key, by intercept number.
  ///   - measures: Whether to give each intercept a measure.
  static func coreIntercepts(
    without: Set<String> = [], markers: [Int: String] = [:], measures: Bool = true
  ) -> String {
    var lines = ["intercepts:"]
    for number in InterceptNumber.all {
      lines.append("  \(markers[number.value] ?? "")\(number.value):")
      if measures { lines.append("    measures: [{name: People seen, value: 10, unit: people}]") }
      let practices = PracticeCatalog.standard.corePractices(at: number, for: .adult)
        .map(\.id).filter { !without.contains($0) }
      guard !practices.isEmpty else { continue }
      lines.append("    resources:")
      for practice in practices {
        lines.append("      - {id: r-\(practice), name: \(practice), practice: \(practice)}")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
