import Foundation
import SIMAnalysis
import SIMModel

/// Builds the workshop report of a map: the sections of a published SIM mapping report, from
/// the title page to the sources, plus the flat tables for spreadsheets.
///
/// Building is a pure function of the map, its analysis and the picture: nothing comes from
/// the clock (the date is the analysis's `asOf`) or the file system.
package struct WorkshopReportBuilder: Sendable {
  /// The practices named in the report.
  package var practices: PracticeCatalog
  /// The legal bases named in the report, with their citations.
  package var legalBases: LegalBasisCatalog

  /// Creates a builder with the given catalogs, by default the ones shipped with simmap.
  package init(practices: PracticeCatalog = .standard, legalBases: LegalBasisCatalog = .standard) {
    self.practices = practices
    self.legalBases = legalBases
  }

  /// The report of a map.
  ///
  /// - Parameters:
  ///   - loaded: The map, validated without errors.
  ///   - analysis: The map's analysis; its `asOf` date is the report's date.
  ///   - mapSVG: The cross-system map as SVG (see `MapPicture`), or nil when it was not drawn.
  /// - Returns: The report, with sections in the order of published reports.
  package func document(for loaded: LoadedMap, analysis: Analysis, mapSVG: String?)
    -> ReportDocument
  {
    let context = ReportContext(
      map: loaded.map, analysis: analysis, practices: practices, legalBases: legalBases,
      asOf: analysis.asOf, fileName: URL(fileURLWithPath: loaded.file).lastPathComponent)
    let interceptSections = context.map.intercepts.map { intercept in
      Block.section(InterceptSection(context: context, intercept: intercept).section())
    }
    let sections = [
      TeamSection(context: context).section(),
      OverviewSection(context: context).section(),
      MapSection(context: context, svg: mapSVG).section(),
      ReportSection(
        id: "resources-and-gaps", title: "Resources and gaps by intercept", level: 2,
        blocks: [
          .paragraph([
            .text(
              "What the workshop found at each intercept: the resources that exist, the gaps "
                + "it named, and the figures it recorded.")
          ])
        ] + interceptSections, startsPage: true),
      SharingSection(context: context).section(),
      AnalysisSection(context: context).section(),
      PrioritiesSection(context: context).section(),
      ActionPlanSection(context: context).section(),
      RecommendationsSection(context: context).section(),
      SourcesSection(context: context).section(),
    ]
    let title = TitlePage(context: context)
    return ReportDocument(
      title: title.title, subtitle: title.subtitle,
      blocks: title.blocks(contents: sections.map { ContentsEntry(id: $0.id, title: $0.title) })
        + sections.map(Block.section),
      datasets: ReportDatasets(context: context).all)
  }
}
