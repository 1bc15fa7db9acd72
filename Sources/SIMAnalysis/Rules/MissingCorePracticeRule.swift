import SIMModel

/// Reports each core practice of the map's continuum that no running resource implements.
enum MissingCorePracticeRule: AnalysisRule {
  static let description = RuleDescription(
    id: "missing-core-practice", name: "Missing core practice",
    summary:
      "An intercept lacks a practice the SIM literature lists as a key element there, such as "
      + "a crisis line at Intercept 0 or screening at booking at Intercept 2.",
    rationale:
      "The core practices are the ones SAMHSA and PRA name for each intercept. A missing one is "
      + "a place where people move deeper into the justice system for want of a known "
      + "alternative. A resource counts when it is operating or limited, wherever the map lists "
      + "it; a planned or ended one does not.",
    severity: .warning,
    triggering: [
      RuleExample(
        ExampleMaps.header
          + ExampleMaps.coreIntercepts(without: ["data-matching"], markers: [2: "1️⃣"])),
      RuleExample(
        ExampleMaps.header
          + ExampleMaps.coreIntercepts(without: ["jail-moud"], markers: [3: "1️⃣"])
          .replacingOccurrences(
            of: "      - {id: r-drug-court",
            with: "      - {id: moud, name: MOUD, practice: jail-moud, status: planned}\n"
              + "      - {id: r-drug-court")),
    ],
    nonTriggering: [
      RuleExample(ExampleMaps.header + ExampleMaps.coreIntercepts()),
      RuleExample(
        ExampleMaps.header
          + ExampleMaps.coreIntercepts().replacingOccurrences(
            of: "practice: jail-moud}", with: "practice: jail-moud, status: limited}")),
    ])

  static func findings(in context: AnalysisContext) -> [Finding] {
    let coverage = CoverageCounter(context: context).coverage()
    return coverage.intercepts.flatMap { intercept in
      intercept.missing.compactMap { reference -> Finding? in
        guard let practice = context.catalog.practice(id: reference.id) else { return nil }
        return finding(
          "intercept \(intercept.number) lacks a core practice: \(practice.name) "
            + "(\(practice.id))",
          at: context.location(of: intercept.number), intercept: intercept.number,
          hint: practice.summary, notes: notes(for: practice, in: context))
      }
    }
  }

  /// Resources that implement the practice but are not running, and gaps that name it.
  private static func notes(for practice: Practice, in context: AnalysisContext)
    -> [Diagnostic.Note]
  {
    let idle = context.placements.filter { $0.resource.practice == practice.id && !$0.isRunning }
      .map { placement in
        Diagnostic.Note(
          "resource \"\(placement.resource.id)\" implements it but is "
            + placement.resource.status.label,
          at: context.location(placement.path))
      }
    let gaps = context.map.intercepts.flatMap { intercept in
      intercept.gaps.enumerated().filter { $0.element.practice == practice.id }.map {
        index, gap in
        Diagnostic.Note(
          "the map records it as gap \"\(gap.id)\"",
          at: context.location(context.path(ofElement: index, in: ModelPath.gaps(intercept.number)))
        )
      }
    }
    return idle + gaps
  }
}
