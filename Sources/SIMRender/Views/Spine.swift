import SIMModel

/// The decision points of a map as one left-to-right row, with the places where people leave
/// the system and where violations return.
struct Spine {
  /// One box on the row: a decision point, or a stand-in for an intercept without any.
  struct Stop: Hashable {
    /// The intercept it belongs to.
    var intercept: InterceptNumber
    /// The node id.
    var id: String
    /// The decision point; nil for a stand-in.
    var point: DecisionPoint?
  }

  /// Every stop, intercept 0 first, in the order the map lists decision points.
  let stops: [Stop]
  /// The map's continuum, which decides where violations return.
  let continuum: Continuum

  /// The spine of a map.
  init(_ map: Map) {
    continuum = map.continuum
    stops = map.intercepts.flatMap { intercept -> [Stop] in
      guard !intercept.decisionPoints.isEmpty else {
        return [Stop(intercept: intercept.number, id: NodeID.noSteps(intercept.number))]
      }
      return intercept.decisionPoints.enumerated().map { index, point in
        Stop(
          intercept: intercept.number, id: NodeID.decisionPoint(intercept.number, index),
          point: point)
      }
    }
  }

  /// The stops of one intercept.
  func stops(in intercept: InterceptNumber) -> [Stop] {
    stops.filter { $0.intercept == intercept }
  }

  /// The stop a person leaves an intercept from: its last step that is not a violation.
  func exit(from intercept: InterceptNumber) -> Stop? {
    stops(in: intercept).last { stop in stop.point.map { !Self.isViolation($0) } ?? false }
  }

  /// Violation steps and the stop each loops back to.
  ///
  /// With `avoidingNeighbours`, a loop between two neighbouring steps of the row is left out:
  /// the spine already joins them, and Graphviz 2.42 aborts on two flat edges between one pair.
  func violationLoops(avoidingNeighbours: Bool = false) -> [(from: Stop, to: Stop)] {
    guard let target = violationTarget else { return [] }
    return stops.indices.compactMap { index in
      let stop = stops[index]
      guard stop.point.map(Self.isViolation) ?? false, stop != target else { return nil }
      if avoidingNeighbours {
        let neighbours = [index - 1, index + 1].filter(stops.indices.contains).map { stops[$0] }
        if neighbours.contains(target) { return nil }
      }
      return (stop, target)
    }
  }

  /// Where violations return: the jail or detention step, else the first step of Intercept 3.
  private var violationTarget: Stop? {
    let detention: DecisionPoint.ID = continuum == .adult ? "jail-pretrial" : "juvenile-detention"
    if let stop = stops.first(where: { $0.point?.id == detention }) { return stop }
    return InterceptNumber(3).flatMap { number in stops(in: number).first { $0.point != nil } }
  }

  /// Whether a step is a violation: the SIM's `violation` or a local `…-violation` step.
  static func isViolation(_ point: DecisionPoint) -> Bool {
    let id = point.id.rawValue
    return id == "violation" || id.hasSuffix("-violation") || id.hasPrefix("violation-")
  }
}
