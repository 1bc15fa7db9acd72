/// The known words a misspelled one may have meant, indexed so that each look-up costs the same
/// however many words there are.
///
/// A look-up compares the word with its neighbours in two sorted orders, by spelling and by
/// spelling backwards: a typo leaves either the start or the end of a word intact, so the word
/// meant sorts near the typo in one order or the other. At most `neighbors` words on each side in
/// each order are compared, so a map with 12,000 ids gets its suggestions in linear time; a map of
/// ordinary size has all its ids compared, as a full search would.
package struct SuggestionIndex: Sendable {
  /// The words compared on each side of a look-up's place in each order.
  package static let neighbors = 16

  private struct Entry: Sendable {
    var word: String
    var scalars: [Unicode.Scalar]
  }

  private let forward: [Entry]
  private let backward: [Entry]

  /// Indexes `candidates`.
  package init(_ candidates: some Sequence<String>) {
    let entries = Set(candidates).sorted().map {
      Entry(word: $0, scalars: Array($0.lowercased().unicodeScalars))
    }
    forward = entries.sorted { Self.precedes($0.scalars, $1.scalars) }
    backward = entries.sorted { Self.precedes($0.scalars.reversed(), $1.scalars.reversed()) }
  }

  /// The candidate closest to `word` when one is a likely typo of it (an edit distance of at
  /// most a third of its length, and at least 2); otherwise the shortest candidate that `word`
  /// is the start of (a cut-off id such as `hope-peer` for `hope-peer-center`).
  package func closest(to word: String) -> String? {
    let scalars = Array(word.lowercased().unicodeScalars)
    let limit = max(2, scalars.count / 3)
    var best: (entry: Entry, distance: Int)?
    for entry in neighbors(of: scalars, in: forward, reversed: false)
      + neighbors(of: scalars, in: backward, reversed: true)
    where entry.word != word {
      guard abs(entry.scalars.count - scalars.count) <= limit else { continue }
      let distance = Suggestion.editDistance(scalars, entry.scalars, limit: limit)
      guard distance <= limit else { continue }
      if let current = best,
        current.distance < distance
          || (current.distance == distance && current.entry.word <= entry.word)
      {
        continue
      }
      best = (entry, distance)
    }
    return best?.entry.word ?? prefixMatch(scalars)
  }

  /// The shortest candidate that starts with `scalars` and goes on past a word break.
  private func prefixMatch(_ scalars: [Unicode.Scalar]) -> String? {
    guard scalars.count >= 3 else { return nil }
    var index = insertionPoint(of: scalars, in: forward, reversed: false)
    var found: Entry?
    var examined = 0
    while index < forward.count, forward[index].scalars.starts(with: scalars),
      examined < Self.neighbors * 4
    {
      let entry = forward[index]
      let next = entry.scalars.dropFirst(scalars.count).first
      if next == "-" || next == "_" || next == " ",
        found.map({ entry.scalars.count < $0.scalars.count }) ?? true
      {
        found = entry
      }
      index += 1
      examined += 1
    }
    return found?.word
  }

  private func neighbors(of scalars: [Unicode.Scalar], in entries: [Entry], reversed: Bool)
    -> ArraySlice<Entry>
  {
    let point = insertionPoint(of: scalars, in: entries, reversed: reversed)
    let low = max(0, point - Self.neighbors)
    let high = min(entries.count, point + Self.neighbors)
    return entries[low..<high]
  }

  private func insertionPoint(of scalars: [Unicode.Scalar], in entries: [Entry], reversed: Bool)
    -> Int
  {
    let key = reversed ? Array(scalars.reversed()) : scalars
    var low = 0
    var high = entries.count
    while low < high {
      let middle = (low + high) / 2
      let probe = reversed ? Array(entries[middle].scalars.reversed()) : entries[middle].scalars
      if Self.precedes(probe, key) { low = middle + 1 } else { high = middle }
    }
    return low
  }

  private static func precedes(
    _ lhs: some Sequence<Unicode.Scalar>, _ rhs: some Sequence<Unicode.Scalar>
  ) -> Bool {
    lhs.lexicographicallyPrecedes(rhs) { $0.value < $1.value }
  }
}
