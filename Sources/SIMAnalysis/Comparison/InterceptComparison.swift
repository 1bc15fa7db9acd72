import SIMModel

/// One intercept of two maps side by side: practices, resources, exchanges, gaps and scores.
package struct InterceptComparison: Hashable, Sendable {
  /// The intercept.
  package var number: InterceptNumber
  /// Its title in our map's continuum.
  package var title: String
  /// The core practices of the intercept, in catalog order, whether either map has them or not.
  package var core: [PracticeComparison]
  /// Other practices of the intercept that either map has running or planned, in catalog order.
  package var other: [PracticeComparison]
  /// What our map has here.
  package var ours: InterceptSide
  /// What their map has here.
  package var theirs: InterceptSide

  /// Creates an intercept comparison.
  package init(
    number: InterceptNumber, title: String, core: [PracticeComparison],
    other: [PracticeComparison], ours: InterceptSide, theirs: InterceptSide
  ) {
    self.number = number
    self.title = title
    self.core = core
    self.other = other
    self.ours = ours
    self.theirs = theirs
  }

  /// Every practice row, core first.
  package var practices: [PracticeComparison] { core + other }

  /// Compares `number` of two profiled maps. A practice sits under the intercept the catalog
  /// gives it first, wherever a map lists the resource, as coverage counts it.
  init(_ number: InterceptNumber, ours: MapProfile, theirs: MapProfile, catalog: PracticeCatalog) {
    let continua = [ours.summary.continuum, theirs.summary.continuum]
    let here = catalog.practices.filter { practice in
      practice.mainIntercept == number && continua.contains { practice.continuum.includes($0) }
    }
    let rows = here.map { practice in
      PracticeComparison(
        practice: PracticeReference(id: practice.id, name: practice.name),
        isCore: continua.contains { practice.isCore(at: number, for: $0) },
        ours: ours.state(of: practice.id), theirs: theirs.state(of: practice.id),
        ourResources: ours.resources(implementing: practice.id).map(\.name),
        theirResources: theirs.resources(implementing: practice.id).map(\.name))
    }
    self.init(
      number: number, title: number.title(for: ours.summary.continuum),
      core: rows.filter(\.isCore),
      other: rows.filter { !$0.isCore && ($0.ours != .absent || $0.theirs != .absent) },
      ours: InterceptSide(ours, at: number), theirs: InterceptSide(theirs, at: number))
  }
}
