import Foundation

extension String {
  /// The text without the leading and trailing spaces and line breaks that YAML's folded
  /// scalars leave, so that reports do not show stray spaces.
  var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
