import ArgumentParser
import Foundation
import SIMModel

/// `--as-of`: the date a command reads the map as of (review dates, "as of" lines).
struct AsOfOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "The date to read the map as of, for review dates (default today).",
      valueName: "YYYY-MM-DD"))
  var asOf: String?

  func validate() throws {
    if let asOf, Self.date(asOf) == nil {
      throw ValidationError("--as-of must be a date written as YYYY-MM-DD, such as 2026-11-15")
    }
  }

  /// The --as-of date, or today's date where simmap runs.
  var date: CalendarDate {
    if let asOf, let date = Self.date(asOf) { return date }
    let calendar = Calendar.current
    let now = Date()
    return CalendarDate(
      year: calendar.component(.year, from: now), month: calendar.component(.month, from: now),
      day: calendar.component(.day, from: now))
  }

  /// A full date written as YYYY-MM-DD.
  static func date(_ text: String) -> CalendarDate? {
    guard let date = CalendarDate(parsing: text), date.day != nil else { return nil }
    return date
  }
}
