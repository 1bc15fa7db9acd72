import Foundation

/// A date as maps write it: a year, a year and month, or a full day (ISO 8601 order).
package struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The year.
  package var year: Int
  /// The month, 1...12, when given.
  package var month: Int?
  /// The day of the month, when given.
  package var day: Int?

  /// Creates a date from its parts.
  package init(year: Int, month: Int? = nil, day: Int? = nil) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; nil for anything else or an impossible date.
  package init?(parsing text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]) else {
      return nil
    }
    self.year = year
    if parts.count >= 2 {
      guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else {
        return nil
      }
      self.month = month
    }
    if parts.count == 3, let month {
      let daysInMonth = [31, Self.isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
      guard parts[2].count == 2, let day = Int(parts[2]), (1...daysInMonth[month - 1]).contains(day)
      else { return nil }
      self.day = day
    }
  }

  private static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  /// The date in the form it was written: `2026-03-04`, `2026-03` or `2026`.
  package var description: String {
    var text = String(format: "%04d", year)
    if let month { text += String(format: "-%02d", month) }
    if let day { text += String(format: "-%02d", day) }
    return text
  }

  /// Orders by year, month and day; a missing part sorts first.
  package static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
    (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
  }
}
