import SIMAnalysis
import SIMModel

/// What the section builders read: the map, its analysis, the catalogs and the date, with the
/// lookups several sections share.
struct ReportContext {
  let map: Map
  let analysis: Analysis
  let practices: PracticeCatalog
  let legalBases: LegalBasisCatalog
  /// The date the report describes the map as of.
  let asOf: CalendarDate
  /// The map file's name without its folder, such as `tutorial.yaml`.
  let fileName: String

  /// The source ids in the order of the sources list, numbered from 1.
  private let sourceNumbers: [Source.ID: Int]

  init(
    map: Map, analysis: Analysis, practices: PracticeCatalog, legalBases: LegalBasisCatalog,
    asOf: CalendarDate, fileName: String
  ) {
    self.map = map
    self.analysis = analysis
    self.practices = practices
    self.legalBases = legalBases
    self.asOf = asOf
    self.fileName = fileName
    var numbers: [Source.ID: Int] = [:]
    for source in map.sources where numbers[source.id] == nil {
      numbers[source.id] = numbers.count + 1
    }
    self.sourceNumbers = numbers
  }

  var continuum: Continuum { map.continuum }

  /// The date in words: `15 November 2026`.
  var asOfText: String { DateWording.words(asOf) }

  /// `Intercept 2: Initial Detention / Initial Court Hearings`.
  func interceptTitle(_ number: InterceptNumber) -> String {
    ReportWording.intercept(number, continuum: continuum)
  }

  /// The agency's full name.
  func agencyName(_ id: Agency.ID) -> String { ReportWording.agencyName(id, in: map) }

  /// The agency's short name.
  func shortName(_ id: Agency.ID) -> String { ReportWording.agencyShortName(id, in: map) }

  /// The agencies' full names joined as a list, or nil when there are none.
  func agencyNames(_ ids: [Agency.ID]) -> String? {
    ids.isEmpty ? nil : ReportWording.list(ids.map(agencyName))
  }

  /// The practice's name from the catalog, or its id read as words.
  func practiceName(_ id: String) -> String {
    practices.practice(id: id)?.name ?? id.replacingOccurrences(of: "-", with: " ")
  }

  /// A legal basis's name from the catalog, or its id read as words.
  func basisName(_ basis: LegalBasis) -> String {
    legalBases.info(basis)?.name ?? basis.label
  }

  /// The agreement with an id.
  func agreement(_ id: Agreement.ID) -> Agreement? {
    map.agreements.first { $0.id == id }
  }

  /// The priorities that list `gap` among the gaps they address, in rank order.
  func priorities(addressing gap: Gap.ID) -> [Priority] {
    map.priorities.filter { $0.gaps.contains(gap) }.sorted { $0.rank < $1.rank }
  }

  /// The priorities in rank order.
  var rankedPriorities: [Priority] {
    map.priorities.sorted { ($0.rank, $0.id) < ($1.rank, $1.id) }
  }

  /// A caveat for generated sections when the map says where its content comes from: what is
  /// missing from a map built from public sources may only be missing from the record.
  var provenanceCaveat: [[Inline]] {
    guard map.provenance != nil else { return [] }
    return [
      [
        .text(
          "The map has a note on where its content comes from (see the title page). Where a "
            + "map is reconstructed from public sources, something missing from the map may "
            + "only be missing from the public record.")
      ]
    ]
  }

  /// The number of a source in the sources list.
  func sourceNumber(_ id: Source.ID) -> Int? { sourceNumbers[id] }

  /// The anchor of a source in the sources list.
  static func sourceAnchor(_ id: Source.ID) -> String { "source-" + id.rawValue }

  /// Citations of `ids`, each as `[n]`, preceded by a space; empty when there are none.
  func citations(_ ids: [Source.ID]) -> [Inline] {
    let known = ids.compactMap { id in sourceNumber(id).map { ($0, id) } }
    return known.flatMap { number, id in
      [Inline.text(" "), .citation(number, anchor: Self.sourceAnchor(id))]
    }
  }

  /// The citations as plain text for a spreadsheet: `workshop-report-2026; jail-stats-2025`.
  func sourceList(_ ids: [Source.ID]) -> String {
    ids.map(\.rawValue).joined(separator: "; ")
  }
}
