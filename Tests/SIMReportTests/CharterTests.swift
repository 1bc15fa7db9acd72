import Foundation
import SIMReport
import Testing

/// The charter lists what the map says and prompts for what it does not.
@Suite("charter")
struct CharterTests {
  static func markdown(_ path: String) throws -> String {
    MarkdownReportRenderer().render(try ReportHarness.charter(path), baseName: "c")
  }

  @Test("the tutorial's charter lists its mission, partners, objectives and stakeholders")
  func tutorial() throws {
    let text = try Self.markdown("Examples/tutorial.yaml")
    #expect(text.contains("Share the right health and justice information, lawfully and safely"))
    #expect(text.contains("Booking and release data; access to the jail for in-reach staff"))
    #expect(
      text.contains("No one loses their treatment provider because they were booked into jail"))
    #expect(
      text.contains(
        "| **Riverbend County Circuit Court** | Justice | *To decide: what this partner is responsible for* |"
      ))
    for role in [
      "Executive sponsor", "Justice co-chair", "Health co-chair", "Privacy-law expert",
      "Boundary spanner", "Consumer voice",
    ] {
      #expect(text.contains("| **\(role)** |"))
    }
    #expect(text.contains("Every role the guiding principles ask for is filled"))
    #expect(text.contains("Monthly, on the second Tuesday"))
  }

  @Test("a map without a charter or a team gets prompts and the missing roles, not inventions")
  func minimal() throws {
    let text = try Self.markdown("Examples/minimal.yaml")
    #expect(text.contains("**To decide.** The mission statement"))
    #expect(text.contains("**To decide.** The project’s objectives"))
    #expect(text.contains("**To decide.** Which intercepts the project covers"))
    #expect(
      text.contains(
        "**Roles still missing:** Executive sponsor, justice co-chair, health co-chair, "
          + "privacy-law expert, boundary spanner and consumer voice."))
    #expect(text.contains("*To decide: a justice head and a health head*"))
  }

  @Test("a co-chair named only in the charter fills the co-chair role of its side")
  func charterChairs() throws {
    let map = """
      simmap: 1
      jurisdiction: {name: Test County}
      agencies:
        - {id: sheriff, name: Test Sheriff, sector: justice, role: jail}
        - {id: clinic, name: Test Clinic, sector: behavioral-health, role: community-mental-health}
      workshop:
        team:
          - {role: Sheriff, agency: sheriff, stakeholder: executive-sponsor}
      charter:
        co-chairs: [sheriff]
      """
    let document = try ReportHarness.charter(text: map)
    let text = MarkdownReportRenderer().render(document, baseName: "c")
    #expect(text.contains("| **Justice co-chair** |"))
    #expect(text.contains("Test Sheriff (named co-chair in the charter) | Filled |"))
    #expect(
      text.contains(
        "*To decide: which health or behavioral health agency head shares the chair* | Missing |"))
    #expect(text.contains("**Roles still missing:** Health co-chair, privacy-law expert"))
  }
}
