import SIMModel

/// Small wording helpers the reports share, so the three formats say things the same way.
enum ReportText {
  /// A share as a whole percentage, such as `75%`; `n/a` when there is nothing to count.
  static func percent(_ part: Int, of whole: Int) -> String {
    guard whole > 0 else { return "n/a" }
    return "\(Int((Double(part) * 100 / Double(whole)).rounded()))%"
  }

  /// `1 finding`, `2 findings`.
  static func count(_ number: Int, _ one: String, _ many: String) -> String {
    "\(number) \(number == 1 ? one : many)"
  }

  /// A figure as simmap writes it everywhere (see `Figures.text(_:)`): `9,800`, `2.5`.
  static func number(_ value: Double) -> String {
    Figures.text(value)
  }

  /// How an opportunity's figure of people reads: `9,800 bookings (Jail bookings, 2025)`.
  static func people(_ figure: LinkageOpportunity.PeopleFigure) -> String {
    let year = figure.year.map { ", \($0)" } ?? ""
    return "\(number(figure.value)) \(figure.unit) (\(figure.name)\(year))"
  }

  /// The heading of a findings group: `Intercept 2: Initial Detention …` or `Whole map`.
  static func group(_ intercept: InterceptNumber?, continuum: Continuum) -> String {
    guard let intercept else { return "Whole map" }
    return "Intercept \(intercept): \(intercept.title(for: continuum))"
  }

  /// The findings grouped by intercept in order, whole-map findings last.
  static func groups(_ findings: [Finding]) -> [(InterceptNumber?, [Finding])] {
    let numbers: [InterceptNumber?] = InterceptNumber.all.map { $0 } + [nil]
    return numbers.compactMap { number in
      let group = findings.filter { $0.intercept == number }
      return group.isEmpty ? nil : (number, group)
    }
  }

  /// `3 errors, 12 warnings, 8 notes`.
  static func severities(_ analysis: Analysis) -> String {
    [
      count(analysis.count(.error), "error", "errors"),
      count(analysis.count(.warning), "warning", "warnings"),
      count(analysis.count(.note), "note", "notes"),
    ].joined(separator: ", ")
  }

  /// A location as `file:line:column`, or the file alone.
  static func place(_ location: SourceLocation?, file: String) -> String {
    location.map(\.description) ?? file
  }

  /// How an exchange's status reads after a comma: "only partial", "recorded as a gap".
  static func status(_ status: Exchange.Status) -> String {
    switch status {
    case .inPlace: "in place"
    case .partial: "only partial"
    case .planned: "planned"
    case .gap: "recorded as a gap"
    }
  }
}
