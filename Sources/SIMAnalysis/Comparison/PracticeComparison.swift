/// One practice of the catalog, as two maps have it.
package struct PracticeComparison: Hashable, Sendable {
  /// How far a map has a practice.
  package enum State: String, Hashable, Sendable {
    /// An operating or limited resource implements it.
    case running
    /// Only planned resources implement it.
    case planned
    /// No running or planned resource implements it (ended ones do not count).
    case absent
  }

  /// Which map has the practice running.
  package enum Difference: String, Hashable, Sendable {
    /// Both maps.
    case both
    /// Our map only.
    case onlyOurs = "only-ours"
    /// Their map only.
    case onlyTheirs = "only-theirs"
    /// Neither map (a core practice both lack).
    case neither
  }

  /// The practice.
  package var practice: PracticeReference
  /// Whether it is a core practice of the intercept for either map's continuum.
  package var isCore: Bool
  /// How far our map has it.
  package var ours: State
  /// How far their map has it.
  package var theirs: State
  /// Our resources that implement it, by name, in map order.
  package var ourResources: [String]
  /// Their resources that implement it, by name, in map order.
  package var theirResources: [String]

  /// Creates a row.
  package init(
    practice: PracticeReference, isCore: Bool, ours: State, theirs: State,
    ourResources: [String] = [], theirResources: [String] = []
  ) {
    self.practice = practice
    self.isCore = isCore
    self.ours = ours
    self.theirs = theirs
    self.ourResources = ourResources
    self.theirResources = theirResources
  }

  /// Which map has it running.
  package var difference: Difference {
    switch (ours == .running, theirs == .running) {
    case (true, true): .both
    case (true, false): .onlyOurs
    case (false, true): .onlyTheirs
    case (false, false): .neither
    }
  }
}
