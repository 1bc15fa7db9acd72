/// Hints for values that are almost right: the likely mistake, said specifically.
enum ValueHints {
  private static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]

  /// What is impossible about a date written in the right form: "there is no month 14".
  static func date(_ text: String) -> String? {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard (2...3).contains(parts.count), parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
      parts[0].count == 4, let year = Int(parts[0]), parts[1].count == 2,
      let month = Int(parts[1])
    else { return nil }
    guard (1...12).contains(month) else {
      return "there is no month \(month); months run from 01 to 12 (YYYY-MM-DD)"
    }
    guard parts.count == 3, parts[2].count == 2, let day = Int(parts[2]) else { return nil }
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    guard !(1...days).contains(day) else { return nil }
    return "there is no day \(day) in \(monthNames[month - 1]) \(year), which has \(days) days"
  }

  /// For a number written with thousands separators (`64,200`), the number without them.
  static func number(_ text: String) -> String? {
    let parts = text.split(separator: ",", omittingEmptySubsequences: false)
    guard parts.count >= 2, let first = parts.first, (1...3).contains(first.count),
      first.allSatisfy(\.isASCII), Int(first) != nil
    else { return nil }
    let rest = parts.dropFirst()
    guard rest.dropLast().allSatisfy({ $0.count == 3 && $0.allSatisfy(\.isNumber) }),
      let last = rest.last, last.prefix(3).count == 3,
      Double(String(last)) != nil, last.allSatisfy({ $0.isNumber || $0 == "." })
    else { return nil }
    return "write numbers without separators: \(parts.joined())"
  }
}
