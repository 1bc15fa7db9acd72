import Foundation
import SIMAnalysis
import SIMModel
import Testing

/// `PracticeListing`, behind `simmap practices`.
@Suite("practice listing")
struct ListingTests {
  @Test("the full list groups practices under their main intercept")
  func all() {
    let text = PracticeListing().text()
    #expect(text.contains("Intercept 0: Community Services"))
    #expect(text.contains("  crisis-line  Crisis line and 988 call center"))
    #expect(text.hasSuffix("73 practices; write an id as practice: on a resource or a gap\n"))
  }

  @Test("an intercept filter lists every practice that sits there, and only those")
  func intercept() throws {
    let listing = PracticeListing(intercept: InterceptNumber(2), continuum: .adult)
    let text = listing.text()
    #expect(text.contains("booking-screening"))
    #expect(text.contains("pretrial-diversion"))
    #expect(!text.contains("crisis-line "))
    #expect(!text.contains("detention-screening"))
  }

  @Test("the juvenile list names juvenile intercepts and drops adult-only practices")
  func juvenile() {
    let text = PracticeListing(continuum: .juvenile).text()
    #expect(text.contains("Intercept 1: Law Enforcement and School Referral"))
    #expect(text.contains("civil-citation"))
    #expect(!text.contains("  cit  "))
  }

  @Test("json lists every field and Markdown makes one table per intercept")
  func formats() throws {
    let json = PracticeListing(intercept: InterceptNumber(4)).json()
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let practices = try #require(root["practices"] as? [[String: Any]])
    #expect(practices.contains { $0["id"] as? String == "medicaid-suspension" })
    #expect(practices.allSatisfy { ($0["sources"] as? [Any])?.isEmpty == false })
    let markdown = PracticeListing().markdown()
    #expect(markdown.components(separatedBy: "| Id | Practice |").count == 7)
  }
}
