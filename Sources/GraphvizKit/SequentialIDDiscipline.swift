import CGraphviz

/// The cgraph discipline GraphvizKit parses with: named objects get IDs in creation order.
///
/// cgraph's default ID discipline uses the address of an object's interned name as its ID, and
/// keeps subgraphs sorted by ID. In a long-lived process heap addresses get reused in varying
/// order, so with 2.42 the same DOT text rendered twice can emit clusters in a different order
/// (and lay them out differently). This discipline declines to map names, which makes cgraph
/// store every name in its per-graph internal map under a fresh ID from `map`; those IDs come
/// from a per-graph counter, so subgraphs are ordered as they appear in the DOT text. Anonymous
/// objects get per-graph IDs as well, instead of a process-wide counter.
///
/// Memory handling is cgraph's default; I/O is cgraph's default except that input is read from
/// a ``DOTReader`` rather than a `FILE *`.
enum SequentialIDDiscipline {
  /// Allocates the discipline; the result is kept for the life of the process.
  static func make() -> UnsafeMutablePointer<Agdisc_t> {
    let ids = UnsafeMutablePointer<Agiddisc_t>.allocate(capacity: 1)
    ids.initialize(to: idDiscipline())
    let io = UnsafeMutablePointer<Agiodisc_t>.allocate(capacity: 1)
    var defaultIO = cgraphviz_default_io_discipline().pointee
    defaultIO.afread = DOTReader.read
    io.initialize(to: defaultIO)
    let discipline = UnsafeMutablePointer<Agdisc_t>.allocate(capacity: 1)
    discipline.initialize(
      to: Agdisc_t(mem: cgraphviz_default_memory_discipline(), id: ids, io: io))
    return discipline
  }

  private static func idDiscipline() -> Agiddisc_t {
    Agiddisc_t(
      open: { _, _ in
        let counter = UnsafeMutablePointer<IDTYPE>.allocate(capacity: 1)
        counter.initialize(to: 1)
        return UnsafeMutableRawPointer(counter)
      },
      map: { state, _, name, id, _ in
        // Returning 0 for a name sends cgraph to its internal name map, which then asks for
        // an anonymous ID (name == nil) and records the name under it.
        guard name == nil, let state, let id else { return 0 }
        let counter = state.assumingMemoryBound(to: IDTYPE.self)
        counter.pointee += 2
        id.pointee = counter.pointee
        return 1
      },
      alloc: { _, _, _ in 0 },
      free: { _, _, _ in },
      print: { _, _, _ in nil },
      close: { state in
        state?.assumingMemoryBound(to: IDTYPE.self).deallocate()
      },
      idregister: { _, _, _ in })
  }
}
