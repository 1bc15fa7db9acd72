import SIMModel

/// The maps of a library ranked by how alike they are to ours, with what the most similar peers
/// have that we lack.
///
/// Peers are ordered by similarity, highest first, then by place and file. A library map of the
/// same jurisdiction and continuum as ours (the map itself, or another mapping of the same place)
/// is not a peer and is listed in `leftOut`, as are maps with errors.
package struct LibraryRanking: Hashable, Sendable {
  /// A ranked peer.
  package struct Peer: Hashable, Sendable {
    /// 1 for the most similar.
    package var rank: Int
    /// The peer's map.
    package var summary: MapSummary
    /// How alike it is to ours.
    package var similarity: Similarity
  }

  /// A library map that is not ranked, and why.
  package struct LeftOut: Hashable, Sendable {
    /// The file.
    package var file: String
    /// Why, such as "the same jurisdiction as ours".
    package var reason: String
  }

  /// What one of the most similar peers has that we lack.
  package struct Lessons: Hashable, Sendable {
    /// The peer.
    package var peer: Peer
    /// Practices first, then exchanges, each by intercept.
    package var items: [PeerLesson]
  }

  /// Our map.
  package var ours: MapSummary
  /// The library's name, such as "the bundled sample maps".
  package var library: String
  /// Every peer, most similar first.
  package var peers: [Peer]
  /// Library maps not ranked, sorted by file.
  package var leftOut: [LeftOut]
  /// What the most similar peers have that we lack, in rank order.
  package var lessons: [Lessons]

  /// Ranks the maps of `library` against ours.
  ///
  /// - Parameters:
  ///   - ours: Our map.
  ///   - library: The maps to rank.
  ///   - count: How many of the most similar peers to list lessons for.
  ///   - catalog: The practices to compare by.
  package init(
    ours: LoadedMap, library: MapLibrary, learningFrom count: Int = 3,
    catalog: PracticeCatalog = .standard
  ) {
    let profile = MapProfile(ours, catalog: catalog)
    var leftOut = library.problems.map { LeftOut(file: $0.file, reason: "it has errors") }
    var candidates: [(profile: MapProfile, similarity: Similarity)] = []
    for entry in library.entries {
      let peer = MapProfile(entry.loaded, catalog: catalog)
      if peer.summary.isSameJurisdiction(as: profile.summary) {
        leftOut.append(LeftOut(file: entry.loaded.file, reason: "the same jurisdiction as ours"))
      } else {
        candidates.append((peer, Similarity.between(profile, peer)))
      }
    }
    candidates.sort { left, right in
      if left.similarity.value != right.similarity.value {
        return left.similarity.value > right.similarity.value
      }
      if left.profile.summary.place != right.profile.summary.place {
        return left.profile.summary.place < right.profile.summary.place
      }
      return left.profile.summary.file < right.profile.summary.file
    }
    self.ours = profile.summary
    self.library = library.name
    self.peers = candidates.enumerated().map { index, candidate in
      Peer(rank: index + 1, summary: candidate.profile.summary, similarity: candidate.similarity)
    }
    self.leftOut = leftOut.sorted { $0.file < $1.file }
    self.lessons = zip(peers, candidates).prefix(max(0, count)).map { peer, candidate in
      Lessons(
        peer: peer,
        items: Self.lessons(from: candidate.profile, for: profile, catalog: catalog))
    }
  }

  /// What `peer` has that `ours` lacks: practices of our continuum, then exchanges.
  static func lessons(from peer: MapProfile, for ours: MapProfile, catalog: PracticeCatalog)
    -> [PeerLesson]
  {
    let comparison = MapComparison(ours, peer, catalog: catalog)
    let continuum = ours.summary.continuum
    let applicable = comparison.practicesTheyHave.filter { _, row in
      catalog.practice(id: row.practice.id)?.continuum.includes(continuum) ?? false
    }
    let practices = applicable.map { intercept, row in
      PeerLesson(
        kind: .practice, intercept: intercept, title: row.practice.name, practice: row.practice,
        isCore: row.isCore, isPlannedByUs: row.ours == .planned,
        evidence: peer.resources(implementing: row.practice.id).filter(\.isRunning).map {
          PeerLesson.Evidence(
            name: $0.name, status: $0.status.label,
            sources: SourceReference.resolve($0.sources, in: peer.map))
        })
    }
    let exchanges = comparison.exchangesTheyHave.map { exchange in
      PeerLesson(
        kind: .exchange, intercept: exchange.intercept, title: exchange.description,
        evidence: [
          PeerLesson.Evidence(
            name: exchange.id.rawValue, status: exchange.status.label, sources: exchange.sources)
        ])
    }
    return practices + exchanges
  }
}
