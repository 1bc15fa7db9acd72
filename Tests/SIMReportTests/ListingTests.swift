import Foundation
import SIMAnalysis
import SIMModel
import SIMReport
import Testing

/// `simmap practices`: the listing's selection and its document and JSON.
@Suite("practice listing")
struct ListingTests {
  @Test("the full list groups practices under their main intercept")
  func all() throws {
    let text = try OutputHarness.listing(PracticeListing(), as: .text)
    #expect(text.contains("Intercept 0: Community Services"))
    #expect(text.contains("crisis-line"))
    #expect(text.hasSuffix("73 practices; write an id as practice: on a resource or a gap.\n"))
  }

  @Test("an intercept filter lists every practice that sits there, and only those")
  func intercept() throws {
    let listing = PracticeListing(intercept: InterceptNumber(2), continuum: .adult)
    let ids = listing.practices.map(\.id)
    #expect(ids.contains("booking-screening"))
    #expect(ids.contains("pretrial-diversion"))
    #expect(!ids.contains("crisis-line"))
    #expect(!ids.contains("detention-screening"))
  }

  @Test("the juvenile list names juvenile intercepts and drops adult-only practices")
  func juvenile() throws {
    let listing = PracticeListing(continuum: .juvenile)
    let text = try OutputHarness.listing(listing, as: .text)
    #expect(text.contains("Intercept 1: Law Enforcement and School Referral"))
    #expect(listing.practices.contains { $0.id == "civil-citation" })
    #expect(!listing.practices.contains { $0.id == "cit" })
  }

  @Test("json lists every field and Markdown makes one table per intercept")
  func formats() throws {
    let json = try OutputHarness.listing(PracticeListing(intercept: InterceptNumber(4)), as: .json)
    struct Listing: Decodable {
      struct Practice: Decodable {
        struct Source: Decodable { var title: String }
        var id: String
        var sources: [Source]
      }
      var practices: [Practice]
    }
    let practices = try JSONDecoder().decode(Listing.self, from: Data(json.utf8)).practices
    #expect(practices.contains { $0.id == "medicaid-suspension" })
    #expect(practices.allSatisfy { !$0.sources.isEmpty })
    let markdown = try OutputHarness.listing(PracticeListing(), as: .markdown)
    #expect(markdown.components(separatedBy: "| Id | Practice |").count == 7)
  }
}
