/// The stable kinds of problem simmap reports about a map file.
///
/// Codes are kebab-case and appear in brackets at the end of each message, so users can
/// search for them in the documentation.
package enum DiagnosticCode: String, Sendable, Hashable, CaseIterable {
  // Reading the file
  /// The file does not exist.
  case fileNotFound = "file-not-found"
  /// The path names a directory or something else that is not a regular file.
  case notAFile = "not-a-file"
  /// The file exists but cannot be read.
  case unreadable = "unreadable"
  /// The file is larger than the size limit.
  case fileTooLarge = "file-too-large"
  /// The file holds binary data rather than text.
  case binaryFile = "binary-file"
  /// The file is not encoded as UTF-8.
  case notUTF8 = "not-utf8"
  /// The file holds nothing but whitespace and comments.
  case emptyMap = "empty-map"

  // YAML
  /// The YAML cannot be parsed.
  case yamlSyntax = "yaml-syntax"
  /// A tab is used where YAML allows only spaces.
  case tabIndentation = "tab-indentation"
  /// A mapping has the same key twice.
  case duplicateKey = "duplicate-key"
  /// The file holds more than one YAML document.
  case multipleDocuments = "multiple-documents"
  /// The YAML nests deeper than the limit.
  case nestingTooDeep = "nesting-too-deep"
  /// Aliases expand the document past the size limit.
  case documentTooLarge = "document-too-large"
  /// A mapping key is an alias, a `?` complex key or a bracketed list or mapping.
  case complexKey = "complex-key"

  // Shape of the map
  /// The `simmap:` version key is missing.
  case missingVersion = "missing-version"
  /// The `simmap:` version is one this release does not read.
  case unsupportedVersion = "unsupported-version"
  /// A required key is missing.
  case missingKey = "missing-key"
  /// A value has the wrong type, such as text where a number belongs.
  case wrongType = "wrong-type"
  /// A value is not one of the allowed words.
  case invalidValue = "invalid-value"
  /// A key is not part of the map format; it is ignored.
  case unknownKey = "unknown-key"
  /// An id is not written in kebab-case.
  case invalidID = "invalid-id"
  /// A date is not written as YYYY-MM-DD, YYYY-MM or YYYY.
  case invalidDate = "invalid-date"
  /// Two keys that say the same thing are both given.
  case conflictingKeys = "conflicting-keys"

  // Meaning of the map
  /// Two items of one kind share an id.
  case duplicateID = "duplicate-id"
  /// An id refers to nothing defined in the map.
  case unknownReference = "unknown-reference"
  /// An exchange goes from an agency to itself.
  case selfExchange = "self-exchange"
  /// An intercept number is outside 0–5.
  case interceptOutOfRange = "intercept-out-of-range"
  /// Two priorities have the same rank.
  case duplicateRank = "duplicate-rank"
  /// A count or figure is negative.
  case negativeValue = "negative-value"
  /// A name or text is empty.
  case emptyText = "empty-text"
  /// A decision point names a default that does not exist for this continuum.
  case unknownDecisionPoint = "unknown-decision-point"
  /// An agreement is reviewed before it is signed.
  case dateOrder = "date-order"
  /// An exchange cites an agreement its agencies are not parties to.
  case agreementParties = "agreement-parties"
  /// A resource sits at a decision point of another intercept.
  case decisionPointElsewhere = "decision-point-elsewhere"

  // Practices and analysis
  /// A `practice:` id is not in the practice catalog.
  case unknownPractice = "unknown-practice"
  /// `analysis: disabled:` names a rule that does not exist; it is ignored.
  case unknownRule = "unknown-rule"

  /// The severity the code carries unless a caller decides otherwise.
  package var defaultSeverity: Severity {
    switch self {
    case .unknownKey, .dateOrder, .agreementParties, .decisionPointElsewhere, .unknownRule:
      .warning
    default: .error
    }
  }
}
