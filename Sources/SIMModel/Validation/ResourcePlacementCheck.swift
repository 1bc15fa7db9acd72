/// Reports a resource placed at a decision point of another intercept, which would draw it in
/// the wrong column.
enum ResourcePlacementCheck {
  static func run(_ loaded: LoadedMap) -> [Diagnostic] {
    var home: [DecisionPoint.ID: InterceptNumber] = [:]
    for intercept in loaded.map.intercepts {
      for point in intercept.decisionPoints where home[point.id] == nil {
        home[point.id] = intercept.number
      }
    }
    var diagnostics: [Diagnostic] = []
    for intercept in loaded.map.intercepts {
      for (index, resource) in intercept.resources.enumerated() {
        guard let point = resource.decisionPoint, let owner = home[point], owner != intercept.number
        else { continue }
        let path = loaded.sourceMap.path(
          ofElement: index, in: ModelPath.resources(intercept.number)
        )
        .appending("at")
        diagnostics.append(
          Diagnostic(
            .decisionPointElsewhere,
            "resource \"\(resource.id)\" is listed under intercept \(intercept.number) but sits at "
              + "\"\(point)\", a decision point of intercept \(owner)",
            at: loaded.sourceMap.location(of: path), path: path,
            hint:
              "move the resource to intercept \(owner), or choose a decision point of intercept "
              + "\(intercept.number) (use also-serves: to show it serves other intercepts too)"))
      }
    }
    return diagnostics
  }
}
