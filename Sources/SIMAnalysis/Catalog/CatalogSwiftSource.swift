import SIMModel

/// Writes the shipped catalogs as Swift source, so simmap carries them as values built at compile
/// time instead of parsing YAML on every run.
///
/// `StandardCatalogs+Generated.swift` is this type's output for `Resources/practices.yaml` and
/// `Resources/legal-bases.yaml`. `GeneratedCatalogTests` regenerates it from the YAML and fails
/// when the checked-in file differs; `make catalogs` rewrites it after a catalog edit.
package enum CatalogSwiftSource {
  /// The generated file's path inside the package.
  package static let path = "Sources/SIMAnalysis/Catalog/StandardCatalogs+Generated.swift"

  /// The whole generated file.
  package static func file(practices: [Practice], legalBases: [LegalBasisInfo]) -> String {
    var lines = [
      "// swift-format-ignore-file",
      "// Generated from Resources/practices.yaml and Resources/legal-bases.yaml by",
      "// CatalogSwiftSource; do not edit. After editing a catalog, run `make catalogs`.",
      "",
      "import SIMModel",
      "",
      "enum StandardCatalogs {",
      "  static let practices: [Practice] = [",
    ]
    for practice in practices { lines += self.practice(practice) }
    lines += ["  ]", "", "  static let legalBases: [LegalBasisInfo] = ["]
    for entry in legalBases { lines += legalBasis(entry) }
    lines += [
      "  ]",
      "",
      "  private static func intercepts(_ numbers: Int...) -> [InterceptNumber] {",
      "    numbers.compactMap(InterceptNumber.init)",
      "  }",
      "}",
    ]
    return lines.joined(separator: "\n") + "\n"
  }

  private static func practice(_ practice: Practice) -> [String] {
    [
      "    Practice(",
      "      id: \(literal(practice.id)),",
      "      name: \(literal(practice.name)),",
      "      intercepts: intercepts(\(practice.intercepts.map { String($0.value) }.joined(separator: ", "))),",
      "      continuum: \(member(practice.continuum)),",
      "      isCore: \(practice.isCore),",
      "      summary: \(literal(practice.summary)),",
      "      why: \(literal(practice.why)),",
      "      measures: \(list(practice.measures.map(literal))),",
      "      runBy: \(list(practice.runBy.map(member))),",
      "      aliases: \(list(practice.aliases.map(literal))),",
      "      sources: \(sources(practice.sources))),",
    ]
  }

  private static func legalBasis(_ entry: LegalBasisInfo) -> [String] {
    [
      "    LegalBasisInfo(",
      "      id: \(member(entry.id)),",
      "      name: \(literal(entry.name)),",
      "      citation: \(literal(entry.citation)),",
      "      permits: \(literal(entry.permits)),",
      "      covers: \(list(entry.covers.map(member))),",
      "      doesNotCover: \(list(entry.doesNotCover.map(member))),",
      "      requires: \(list(entry.requires.map(member))),",
      "      recipients: \(list(entry.recipients.map(member))),",
      "      notes: \(literal(entry.notes)),",
      "      sources: \(sources(entry.sources))),",
    ]
  }

  private static func sources(_ sources: [CatalogSource]) -> String {
    guard !sources.isEmpty else { return "[]" }
    let items = sources.map {
      "        CatalogSource(title: \(literal($0.title)), url: \(literal($0.url))),"
    }
    return "[\n" + items.joined(separator: "\n") + "\n      ]"
  }

  private static func list(_ items: [String]) -> String {
    "[" + items.joined(separator: ", ") + "]"
  }

  /// `.caseName` for an enum case: the name Swift prints for a case of an enum that does not
  /// describe itself.
  private static func member<Value>(_ value: Value) -> String {
    "." + String(describing: value)
  }

  /// A Swift string literal for `text`.
  package static func literal(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": result += "\\\\"
      case "\"": result += "\\\""
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F
          || (scalar.properties.generalCategory == .format)
        {
          result += "\\u{\(String(scalar.value, radix: 16))}"
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }
}
