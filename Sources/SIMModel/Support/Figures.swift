/// How simmap writes figures for people, in pictures, reports and the terminal alike.
package enum Figures {
  /// A number with thousands separated by commas and at most two decimals, without a trailing
  /// `.0`: `10,000`, `2.5`, `-1,200`, `33.33`. Locale-free, so output is the same everywhere.
  package static func text(_ value: Double) -> String {
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
    grouped = (value < 0 && hundredths > 0 ? "-" : "") + digits + grouped
    guard fraction != 0 else { return grouped }
    let decimals =
      fraction % 10 == 0 ? String(fraction / 10) : (fraction < 10 ? "0" : "") + String(fraction)
    return grouped + "." + decimals
  }
}
