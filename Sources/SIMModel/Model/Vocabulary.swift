import Foundation

/// A closed list of kebab-case words a map key accepts, such as an agency's sector.
package protocol Vocabulary: RawRepresentable, CaseIterable, Hashable, Sendable
where RawValue == String {
  /// The word as people read it, such as "in place" for `in-place`.
  var label: String { get }
}

extension Vocabulary {
  /// The raw word with hyphens read as spaces.
  package var label: String { rawValue.replacingOccurrences(of: "-", with: " ") }

  /// Every allowed word, in declaration order.
  package static var words: [String] { allCases.map(\.rawValue) }
}

extension Continuum: Vocabulary {}
