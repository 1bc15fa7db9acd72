import SIMModel

/// Counts the core practices a map has running at each intercept.
struct CoverageCounter {
  let context: AnalysisContext

  /// The ids of practices that some operating or limited resource implements.
  var runningPractices: Set<String> {
    Set(context.placements.filter(\.isRunning).compactMap(\.resource.practice))
  }

  func coverage() -> Coverage {
    let running = runningPractices
    let continuum = context.map.continuum
    return Coverage(
      intercepts: InterceptNumber.all.map { number in
        let core = context.catalog.corePractices(at: number, for: continuum)
        let references = core.map { PracticeReference(id: $0.id, name: $0.name) }
        return Coverage.Intercept(
          number: number, title: number.title(for: continuum),
          present: references.filter { running.contains($0.id) },
          missing: references.filter { !running.contains($0.id) })
      })
  }
}
