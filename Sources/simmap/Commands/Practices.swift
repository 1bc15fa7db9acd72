import ArgumentParser
import Foundation
import SIMAnalysis
import SIMModel
import SIMReport

extension SimmapCommand {
  struct Practices: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "practices",
      abstract: "List the evidence-based practices maps can name with practice:.",
      discussion: """
        Each practice has an id to write as `practice:` on a resource or a gap, the intercepts \
        where it sits, the continuum it belongs to, whether it is a core practice (counted in \
        the coverage score of `simmap analyze`) and a one-line summary. The json format adds \
        why it matters, the measures it produces, who runs it and its sources.

        Examples:
          simmap practices
          simmap practices --intercept 2
          simmap practices --continuum juvenile --format markdown > practices.md
        """)

    enum Format: String, CaseInsensitiveChoice {
      case text, json, markdown
    }

    @Option(help: "Only practices that sit at this intercept, 0 to 5.")
    var intercept: Int?

    @Option(help: "Only practices of this continuum: adult or juvenile.")
    var continuum: Continuum?

    @Option(help: "How to list: text for people, markdown for documents, json for tools.")
    var format: Format = .text

    func validate() throws {
      if let intercept, InterceptNumber(intercept) == nil {
        throw ValidationError("--intercept must be a number from 0 to 5")
      }
    }

    func run() throws {
      let listing = PracticeListing(
        intercept: intercept.flatMap(InterceptNumber.init),
        continuum: continuum)
      let text =
        switch format {
        case .text: DocumentFormat.text.render(PracticeListingDocument().document(for: listing))
        case .json: try JSONOutput.text(ListingJSON(listing))
        case .markdown:
          DocumentFormat.markdown.render(PracticeListingDocument().document(for: listing))
        }
      FileHandle.standardOutput.write(Data(text.utf8))
    }
  }
}
