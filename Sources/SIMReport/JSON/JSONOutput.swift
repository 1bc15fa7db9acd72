import Foundation

/// The one way simmap writes JSON: `JSONEncoder` with sorted keys, pretty-printed, slashes
/// unescaped, ending with a newline. The shapes are the `Encodable` types beside this file;
/// `schema/*.schema.json` describes each.
package enum JSONOutput {
  /// `value` as JSON text.
  package static func text(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
  }

  /// A number rounded to two decimals, written without binary noise: `0.57`.
  static func decimal(_ value: Double) -> Decimal {
    Decimal(string: String(format: "%.2f", value.isFinite ? value : 0)) ?? 0
  }

  /// A figure as a JSON number, or nil when it is not finite (JSON has no infinity).
  static func finite(_ value: Double) -> Double? {
    value.isFinite ? value : nil
  }
}
