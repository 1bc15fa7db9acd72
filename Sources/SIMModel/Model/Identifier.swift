/// A typed id, so an agency id cannot be passed where a resource id belongs.
///
/// Ids in a map file are kebab-case: lowercase letters, digits and single hyphens, starting
/// with a letter.
package struct Identifier<Entity>: RawRepresentable, Hashable, Comparable, Sendable,
  ExpressibleByStringLiteral, CustomStringConvertible
{
  /// The id as written in the map file.
  package let rawValue: String

  /// Wraps an id.
  package init(rawValue: String) {
    self.rawValue = rawValue
  }

  /// Wraps an id.
  package init(_ rawValue: String) {
    self.rawValue = rawValue
  }

  /// Wraps an id written as a literal, for tests and defaults.
  package init(stringLiteral value: String) {
    self.rawValue = value
  }

  /// The id as written.
  package var description: String { rawValue }

  /// Orders ids alphabetically.
  package static func < (lhs: Identifier, rhs: Identifier) -> Bool { lhs.rawValue < rhs.rawValue }

  /// Whether `text` is a valid kebab-case id.
  package static func isValid(_ text: String) -> Bool {
    IdentifierSyntax.isKebabCase(text)
  }
}

/// The kebab-case rule shared by ids and vocabulary words.
enum IdentifierSyntax {
  /// Whether `text` is lowercase letters, digits and single hyphens, starting with a letter.
  static func isKebabCase(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
    var previousWasHyphen = false
    for scalar in text.unicodeScalars {
      switch scalar {
      case "a"..."z", "0"..."9": previousWasHyphen = false
      case "-":
        if previousWasHyphen { return false }
        previousWasHyphen = true
      default: return false
      }
    }
    return !previousWasHyphen
  }
}

extension IdentifierSyntax {
  /// A kebab-case id made from free text, to suggest in messages: "Sheriff's Office" gives
  /// "sheriffs-office".
  static func suggestion(for text: String) -> String {
    var result = ""
    for scalar in text.lowercased().unicodeScalars {
      switch scalar {
      case "a"..."z", "0"..."9": result.unicodeScalars.append(scalar)
      case " ", "_", "-", ".", "/":
        if !result.isEmpty && !result.hasSuffix("-") { result += "-" }
      default: continue
      }
    }
    while result.hasSuffix("-") { result.removeLast() }
    while let first = result.unicodeScalars.first, !("a"..."z").contains(first) {
      result.removeFirst()
    }
    return result.isEmpty ? "my-id" : result
  }
}
