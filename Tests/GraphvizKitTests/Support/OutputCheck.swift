import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Property checks for rendered outputs.
enum OutputCheck {
  /// Whether `data` is well-formed XML with an `<svg` root element.
  static func isSVG(_ data: Data) -> Bool {
    let parser = XMLParser(data: data)
    parser.shouldResolveExternalEntities = false
    return parser.parse() && String(decoding: data, as: UTF8.self).contains("<svg")
  }

  /// Whether `data` starts with the PNG signature `\x89PNG\r\n\x1a\n`.
  static func isPNG(_ data: Data) -> Bool {
    data.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
  }

  /// Whether `data` starts with `%PDF-`.
  static func isPDF(_ data: Data) -> Bool {
    data.starts(with: Data("%PDF-".utf8))
  }

  /// Whether `data` is a JSON object.
  static func isJSONObject(_ data: Data) -> Bool {
    (try? JSONSerialization.jsonObject(with: data)) is [String: Any]
  }
}
