import SIMModel

/// Plain, locale-free wording for numbers and figures.
enum FigureText {
  /// A figure as simmap writes it everywhere (see `Figures.text(_:)`): `9,800`, `2.5`.
  static func number(_ value: Double) -> String {
    Figures.text(value)
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
