import SIMModel
import Yams

extension PracticeCatalog {
  /// The catalog format version this release reads.
  package static let formatVersion = 1

  /// Reads a catalog in the format of `Resources/practices.yaml`.
  ///
  /// - Throws: `CatalogError` for YAML or shape problems, an unknown intercept, continuum or
  ///   agency role, a practice without intercepts, or an id used twice.
  package init(yaml: String) throws(CatalogError) {
    let file = "practices.yaml"
    let entries: [Entry]
    do {
      let decoded = try YAMLDecoder().decode(File.self, from: yaml)
      guard decoded.catalog == Self.formatVersion else {
        throw CatalogError(file: file, message: "unsupported catalog version \(decoded.catalog)")
      }
      entries = decoded.practices
    } catch let error as CatalogError {
      throw error
    } catch {
      throw CatalogError(file: file, message: "cannot be read: \(error)")
    }
    var practices: [Practice] = []
    var seen = Set<String>()
    for entry in entries {
      guard seen.insert(entry.id).inserted else {
        throw CatalogError(file: file, message: "practice id \"\(entry.id)\" is used twice")
      }
      practices.append(try entry.practice(file: file))
    }
    self.init(practices: practices)
  }

  private struct File: Decodable {
    var catalog: Int
    var practices: [Entry]
  }

  private struct Entry: Decodable {
    var id: String
    var name: String
    var intercepts: [Int]
    var continuum: String
    var core: Bool
    var summary: String
    var why: String
    var measures: [String]?
    var runBy: [String]?
    var aliases: [String]?
    var sources: [CatalogSource]?

    enum CodingKeys: String, CodingKey {
      case id, name, intercepts, continuum, core, summary, why, measures, aliases, sources
      case runBy = "run-by"
    }

    func practice(file: String) throws(CatalogError) -> Practice {
      func fail(_ message: String) -> CatalogError {
        CatalogError(file: file, message: "practice \"\(id)\": \(message)")
      }
      let numbers = intercepts.compactMap(InterceptNumber.init)
      guard !numbers.isEmpty, numbers.count == intercepts.count else {
        throw fail("intercepts must be one or more numbers from 0 to 5")
      }
      guard let scope = Practice.Scope(rawValue: continuum) else {
        throw fail("continuum \"\(continuum)\" is not adult, juvenile or both")
      }
      var roles: [Agency.Role] = []
      for word in runBy ?? [] {
        guard let role = Agency.Role(rawValue: word) else {
          throw fail("run-by \"\(word)\" is not an agency role of the map format")
        }
        roles.append(role)
      }
      return Practice(
        id: id, name: name, intercepts: numbers, continuum: scope, isCore: core, summary: summary,
        why: why, measures: measures ?? [], runBy: roles, aliases: aliases ?? [],
        sources: sources ?? [])
    }
  }
}
