/// How one priority's action plan moved between two mappings.
package struct PriorityProgress: Hashable, Sendable {
  /// Whether the priority is on both maps.
  package enum Kind: String, Hashable, Sendable, CaseIterable {
    /// On both maps.
    case continued
    /// On the new map only.
    case added
    /// On the old map only.
    case dropped
  }

  /// Whether the priority is on both maps.
  package var kind: Kind
  /// Its id on the new map (the old one when dropped).
  package var id: String
  /// Its rank on the new map (the old one when dropped).
  package var rank: Int
  /// Its title on the new map (the old one when dropped).
  package var title: String
  /// Steps of its actions marked done, on the new map (the old one when dropped).
  package var stepsDone: Int
  /// Steps of its actions in all.
  package var stepsTotal: Int
  /// Steps done on the new map that were not done, or not there, on the old one, in order.
  package var newlyDone: [String]

  /// Creates a record.
  package init(
    kind: Kind, id: String, rank: Int, title: String, stepsDone: Int, stepsTotal: Int,
    newlyDone: [String] = []
  ) {
    self.kind = kind
    self.id = id
    self.rank = rank
    self.title = title
    self.stepsDone = stepsDone
    self.stepsTotal = stepsTotal
    self.newlyDone = newlyDone
  }
}
