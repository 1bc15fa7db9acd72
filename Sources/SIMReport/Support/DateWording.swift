import SIMModel

/// Dates in plain words: `4 March 2026`, `4–5 March 2026`, `November 2010`.
enum DateWording {
  private static let months = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]

  /// One date in words: `2 March 2017`, `March 2017` or `2017`.
  static func words(_ date: CalendarDate) -> String {
    guard let month = date.month else { return String(date.year) }
    let monthYear = monthName(month) + " \(date.year)"
    guard let day = date.day else { return monthYear }
    return "\(day) " + monthYear
  }

  /// The span of `dates` in words, or nil when there are none.
  static func span(_ dates: [CalendarDate]) -> String? {
    let sorted = Array(Set(dates)).sorted()
    guard let first = sorted.first, let last = sorted.last else { return nil }
    if first == last { return words(first) }
    if let month = first.month, let firstDay = first.day, let lastDay = last.day,
      first.year == last.year, month == last.month
    {
      let days = sorted.compactMap(\.day)
      let run = days == Array(firstDay...lastDay)
      let dayText =
        run
        ? "\(firstDay)–\(lastDay)"
        : ReportWording.list(days.map(String.init))
      return dayText + " " + monthName(month) + " \(first.year)"
    }
    return words(first) + " – " + words(last)
  }

  private static func monthName(_ month: Int) -> String {
    months.indices.contains(month - 1) ? months[month - 1] : String(month)
  }

  /// Whether `date`, read as running to the end of its month or year, is before `asOf`.
  static func isPast(_ date: CalendarDate, asOf: CalendarDate) -> Bool {
    let end = (date.year, date.month ?? 12, date.day ?? 31)
    return end < (asOf.year, asOf.month ?? 1, asOf.day ?? 1)
  }
}
