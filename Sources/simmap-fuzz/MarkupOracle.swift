/// Looks for markup a browser would act on: elements that run code or load other documents,
/// event-handler attributes, and links to anything but the web, the page itself or a file
/// beside it.
///
/// simmap writes no such markup itself, so any that appears came from a map's text.
enum MarkupOracle {
  static let forbiddenElements: Set<String> = [
    "script", "iframe", "frame", "object", "embed", "img", "foreignobject", "form", "base", "link",
    "meta http-equiv", "animate", "set", "use", "image", "audio", "video", "svg:script",
  ]
  static let linkAttributes: Set<String> = ["href", "xlink:href", "src", "action", "formaction"]

  /// The first live piece of HTML or SVG, as an excerpt; nil when there is none.
  static func firstLive(inMarkup text: String) -> String? {
    for tag in tags(in: text) {
      if forbiddenElements.contains(tag.name) { return tag.excerpt }
      if tag.name == "meta", tag.attributes.keys.contains("http-equiv") { return tag.excerpt }
      for (name, value) in tag.attributes {
        if name.hasPrefix("on") { return tag.excerpt }
        if linkAttributes.contains(name), !isSafeLink(value) { return tag.excerpt }
      }
    }
    return nil
  }

  /// The first live piece of a Markdown file: raw HTML outside code spans (other than the
  /// `<br>` line breaks simmap writes in table cells) or a link to an unsafe address.
  static func firstLive(inMarkdown text: String) -> String? {
    let prose = withoutCodeSpans(text)
    var index = prose.startIndex
    while let open = prose[index...].firstIndex(of: "<") {
      let rest = prose[open...]
      let next = rest.dropFirst().first
      let backslashes = prose[..<open].reversed().prefix { $0 == "\\" }.count
      if backslashes % 2 == 1 || rest.hasPrefix("<br>") || prose[..<open].hasSuffix("](") {
        // Escaped, a line break, or a link destination written as ](<target>): checked below.
      } else if let next, next.isLetter || next == "/" || next == "!" || next == "?" {
        return String(rest.prefix(60))
      }
      index = prose.index(after: open)
    }
    for destination in linkDestinations(in: prose) where !isSafeLink(destination) {
      return "](" + String(destination.prefix(60))
    }
    return nil
  }

  /// http and https addresses, fragments, and relative file names without a scheme.
  static func isSafeLink(_ value: String) -> Bool {
    let folded = String(
      value.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }
    ).lowercased()
    if folded.hasPrefix("http://") || folded.hasPrefix("https://") || folded.hasPrefix("#") {
      return true
    }
    guard let colon = folded.firstIndex(of: ":") else { return true }
    let slash = folded.firstIndex(of: "/") ?? folded.endIndex
    return slash < colon
  }

  private struct Tag {
    var name: String
    var attributes: [String: String]
    var excerpt: String
  }

  /// Every start tag, with its lower-cased name and attributes; entities are left as written,
  /// which is how a browser sees an attribute's scheme only after decoding, so `&#106;`-style
  /// obfuscation is decoded for the scheme check.
  private static func tags(in text: String) -> [Tag] {
    var tags: [Tag] = []
    let scalars = Array(text.unicodeScalars)
    var position = 0
    while position < scalars.count {
      guard scalars[position] == "<", position + 1 < scalars.count,
        Character(scalars[position + 1]).isLetter
      else {
        position += 1
        continue
      }
      var end = position + 1
      var quote: Unicode.Scalar?
      while end < scalars.count {
        let scalar = scalars[end]
        if let open = quote {
          if scalar == open { quote = nil }
        } else if scalar == "\"" || scalar == "'" {
          quote = scalar
        } else if scalar == ">" {
          break
        }
        end += 1
      }
      var body = String(String.UnicodeScalarView(scalars[(position + 1)..<min(end, scalars.count)]))
      if body.hasSuffix("/") { body.removeLast() }
      tags.append(
        parse(
          body,
          excerpt: String(String.UnicodeScalarView(scalars[position..<min(end + 1, scalars.count)]))
            .prefix(80).description))
      position = end + 1
    }
    return tags
  }

  private static func parse(_ body: String, excerpt: String) -> Tag {
    var rest = Substring(body)
    let name = rest.prefix { !$0.isWhitespace }.lowercased()
    rest = rest.dropFirst(name.count)
    var attributes: [String: String] = [:]
    while true {
      rest = rest.drop { $0.isWhitespace }
      guard !rest.isEmpty else { break }
      let attribute = rest.prefix { !$0.isWhitespace && $0 != "=" }.lowercased()
      rest = rest.dropFirst(attribute.count).drop { $0.isWhitespace }
      var value = ""
      if rest.first == "=" {
        rest = rest.dropFirst().drop { $0.isWhitespace }
        if let quote = rest.first, quote == "\"" || quote == "'" {
          let inner = rest.dropFirst()
          value = String(inner.prefix { $0 != quote })
          rest = inner.dropFirst(value.count).dropFirst()
        } else {
          value = String(rest.prefix { !$0.isWhitespace })
          rest = rest.dropFirst(value.count)
        }
      }
      if attribute.isEmpty {
        rest = rest.dropFirst()
        continue
      }
      attributes[attribute] = decodeEntities(value)
    }
    return Tag(name: name, attributes: attributes, excerpt: excerpt)
  }

  /// Numeric and the common named character references, as a browser reads an attribute.
  private static func decodeEntities(_ value: String) -> String {
    guard value.contains("&") else { return value }
    var output = ""
    var rest = Substring(value)
    while let amp = rest.firstIndex(of: "&") {
      output += rest[..<amp]
      rest = rest[amp...]
      guard let semicolon = rest.prefix(12).firstIndex(of: ";") else {
        output += "&"
        rest = rest.dropFirst()
        continue
      }
      let entity = rest[rest.index(after: rest.startIndex)..<semicolon]
      let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "colon": ":"]
      if let text = named[String(entity)] {
        output += text
      } else if entity.hasPrefix("#x") || entity.hasPrefix("#X"),
        let code = UInt32(entity.dropFirst(2), radix: 16), let scalar = Unicode.Scalar(code)
      {
        output.unicodeScalars.append(scalar)
      } else if entity.hasPrefix("#"), let code = UInt32(entity.dropFirst()),
        let scalar = Unicode.Scalar(code)
      {
        output.unicodeScalars.append(scalar)
      } else {
        output += "&" + entity + ";"
      }
      rest = rest[rest.index(after: semicolon)...]
    }
    return output + rest
  }

  /// The text with every backtick code span blanked out.
  private static func withoutCodeSpans(_ text: String) -> String {
    var output = ""
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "`") {
      output += rest[..<open]
      let run = rest[open...].prefix { $0 == "`" }
      let afterRun = rest[open...].dropFirst(run.count)
      guard let close = afterRun.range(of: String(run)) else {
        output += rest[open...]
        return output
      }
      output += " "
      rest = afterRun[close.upperBound...]
    }
    return output + rest
  }

  /// The destinations of inline links, `](dest)` and `](<dest>)`.
  private static func linkDestinations(in text: String) -> [String] {
    var destinations: [String] = []
    var rest = Substring(text)
    while let range = rest.range(of: "](") {
      let after = rest[range.upperBound...]
      let backslashes = rest[..<range.lowerBound].reversed().prefix { $0 == "\\" }.count
      if backslashes % 2 == 1 {
        rest = after
        continue
      }
      if after.first == "<" {
        destinations.append(String(after.dropFirst().prefix { $0 != ">" }))
      } else {
        destinations.append(String(after.prefix { $0 != ")" && !$0.isWhitespace }))
      }
      rest = after
    }
    return destinations
  }
}
