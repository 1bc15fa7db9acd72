import SIMModel

/// Workshop dates in plain words: `2–3 March 2017`, `November 2010`, `30 June – 1 July 2011`.
enum DateText {
  private static let months = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]

  /// The span of `dates` in words, or nil when there are none.
  static func span(_ dates: [CalendarDate]) -> String? {
    let sorted = Array(Set(dates)).sorted()
    guard let first = sorted.first, let last = sorted.last else { return nil }
    if first == last { return words(first) }
    if let month = first.month, first.day != nil, last.day != nil, first.year == last.year,
      month == last.month
    {
      let days = sorted.compactMap(\.day)
      return dayList(days) + " " + monthName(month) + " \(first.year)"
    }
    if first.year == last.year, let firstMonth = first.month, first.day != nil,
      last.month != nil, last.day != nil, let day = first.day
    {
      return "\(day) \(monthName(firstMonth)) – " + words(last)
    }
    return words(first) + " – " + words(last)
  }

  /// One date in words: `2 March 2017`, `March 2017` or `2017`.
  static func words(_ date: CalendarDate) -> String {
    guard let month = date.month else { return String(date.year) }
    let monthYear = monthName(month) + " \(date.year)"
    guard let day = date.day else { return monthYear }
    return "\(day) " + monthYear
  }

  private static func monthName(_ month: Int) -> String {
    months.indices.contains(month - 1) ? months[month - 1] : String(month)
  }

  /// `2–3` for a run of days, `2, 9 and 16` otherwise.
  private static func dayList(_ days: [Int]) -> String {
    guard let first = days.first, let last = days.last else { return "" }
    if days == Array(first...last) { return "\(first)–\(last)" }
    let text = days.map(String.init)
    return text.dropLast().joined(separator: ", ") + " and " + (text.last ?? "")
  }
}
