import SIMModel
import Yams

extension LegalBasisCatalog {
  /// Reads a catalog in the format of `Resources/legal-bases.yaml`.
  ///
  /// - Throws: `CatalogError` for YAML or shape problems, or a basis, record kind,
  ///   requirement or recipient the map format does not know.
  package init(yaml: String) throws(CatalogError) {
    let file = "legal-bases.yaml"
    let entries: [Entry]
    do {
      let decoded = try YAMLDecoder().decode(File.self, from: yaml)
      guard decoded.catalog == PracticeCatalog.formatVersion else {
        throw CatalogError(file: file, message: "unsupported catalog version \(decoded.catalog)")
      }
      entries = decoded.legalBases
    } catch let error as CatalogError {
      throw error
    } catch {
      throw CatalogError(file: file, message: "cannot be read: \(error)")
    }
    var infos: [LegalBasisInfo] = []
    for entry in entries {
      infos.append(try entry.info(file: file))
    }
    self.init(entries: infos)
  }

  private struct File: Decodable {
    var catalog: Int
    var legalBases: [Entry]

    enum CodingKeys: String, CodingKey {
      case catalog
      case legalBases = "legal-bases"
    }
  }

  private struct Entry: Decodable {
    var id: String
    var name: String
    var citation: String
    var permits: String
    var covers: [String]
    var doesNotCover: [String]?
    var requires: [String]
    var recipients: [String]
    var notes: String
    var sources: [CatalogSource]

    enum CodingKeys: String, CodingKey {
      case id, name, citation, permits, covers, requires, recipients, notes, sources
      case doesNotCover = "does-not-cover"
    }

    func info(file: String) throws(CatalogError) -> LegalBasisInfo {
      guard let basis = LegalBasis(rawValue: id) else {
        throw CatalogError(file: file, message: "\"\(id)\" is not a legal basis of the map format")
      }
      func words<Word: RawRepresentable<String>>(_ values: [String], _ key: String)
        throws(CatalogError) -> [Word]
      {
        var result: [Word] = []
        for value in values {
          guard let word = Word(rawValue: value) else {
            throw CatalogError(file: file, message: "\(id): \(key) \"\(value)\" is not known")
          }
          result.append(word)
        }
        return result
      }
      return LegalBasisInfo(
        id: basis, name: name, citation: citation, permits: permits,
        covers: try words(covers, "covers"),
        doesNotCover: try words(doesNotCover ?? [], "does-not-cover"),
        requires: try words(requires, "requires"), recipients: try words(recipients, "recipients"),
        notes: notes, sources: sources)
    }
  }
}
