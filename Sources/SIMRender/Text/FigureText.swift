import SIMModel

/// Plain, locale-free wording for numbers and figures.
enum FigureText {
  /// A number with thousands separated by commas and at most two decimals: `10,000`, `2.5`.
  static func number(_ value: Double) -> String {
    guard value.isFinite else { return String(value) }
    let hundredths = (abs(value) * 100).rounded()
    guard hundredths < 1e17 else { return String(value) }
    let whole = Int(hundredths) / 100
    let fraction = Int(hundredths) % 100
    var digits = String(whole)
    var grouped = ""
    while digits.count > 3 {
      grouped = "," + digits.suffix(3) + grouped
      digits.removeLast(3)
    }
    grouped = (value < 0 ? "-" : "") + digits + grouped
    guard fraction != 0 else { return grouped }
    let decimals =
      fraction % 10 == 0 ? String(fraction / 10) : (fraction < 10 ? "0" : "") + String(fraction)
    return grouped + "." + decimals
  }

  /// A measure's figure with unit and year, such as `2,063 calls (2018)` or `50% (2016)`.
  static func value(of measure: Measure) -> String {
    var text = number(measure.value)
    switch measure.unit?.split(whereSeparator: \.isWhitespace).joined(separator: " ") {
    case .none, "": break
    case "%", "percent": text += "%"
    case let unit?: text += " " + unit
    }
    if let year = measure.year { text += " (\(year))" }
    return text
  }

  /// A measure as one sentence: `Bookings: 2,063 calls (2018)`.
  static func sentence(for measure: Measure) -> String {
    measure.name + ": " + value(of: measure)
  }
}
