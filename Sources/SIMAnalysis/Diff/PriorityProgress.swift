/// How one priority's action plan moved between two mappings.
public struct PriorityProgress: Hashable, Sendable {
  /// Whether the priority is on both maps.
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    /// On both maps.
    case continued
    /// On the new map only.
    case added
    /// On the old map only.
    case dropped
  }

  /// Whether the priority is on both maps.
  public var kind: Kind
  /// Its id on the new map (the old one when dropped).
  public var id: String
  /// Its rank on the new map (the old one when dropped).
  public var rank: Int
  /// Its title on the new map (the old one when dropped).
  public var title: String
  /// Steps of its actions marked done, on the new map (the old one when dropped).
  public var stepsDone: Int
  /// Steps of its actions in all.
  public var stepsTotal: Int
  /// Steps done on the new map that were not done, or not there, on the old one, in order.
  public var newlyDone: [String]

  /// Creates a record.
  public init(
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
