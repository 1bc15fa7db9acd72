import Yams

/// A YAML node being read, with its path; its readers report problems instead of throwing.
struct MapNode {
  let node: Node
  let path: FieldPath
  let context: ReadContext

  init(_ node: Node, path: FieldPath, context: ReadContext) {
    self.node = node
    self.path = path
    self.context = context
    context.record(self)
  }

  var location: SourceLocation? { context.location(of: node.mark) }

  /// What the node holds, in words, for "found …" messages.
  var kindDescription: String {
    switch node {
    case .mapping: "a mapping"
    case .sequence: "a list"
    case .alias: "an alias"
    case .scalar(let scalar): "\"\(scalar.string.prefix(40))\""
    }
  }

  /// How messages name this value: `"name"`, or `item 2 of "also-serves"`.
  var subject: String {
    switch path.components.last {
    case .key(let key): return "\"\(key)\""
    case .index(let index):
      let list = FieldPath(path.components.dropLast()).lastKey.map { " of \"\($0)\"" } ?? ""
      return "item \(index + 1)\(list)"
    case nil: return "the document"
    }
  }

  func wrongType(expected: String) {
    var hint: String?
    if case .scalar(let scalar) = node { hint = ValueHints.number(scalar.string) }
    context.report(
      .wrongType, "\(subject) must be \(expected), found \(kindDescription)", at: self, hint: hint)
  }

  // MARK: Scalars

  func text() -> String? {
    guard case .scalar(let scalar) = node else {
      wrongType(expected: "text")
      return nil
    }
    return scalar.string
  }

  /// Text that must not be blank; reports `empty-text` when it is.
  func nonEmptyText() -> String? {
    guard let value = text() else { return nil }
    // Unicode's White_Space scalars are exactly Foundation's whitespacesAndNewlines, without
    // the detour through NSString that trimming takes.
    if value.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
      context.report(.emptyText, "\(subject) is empty", at: self)
    }
    return value
  }

  func integer(minimum: Int? = nil) -> Int? {
    guard case .scalar(let scalar) = node, let value = Int(scalar.string) ?? node.int else {
      wrongType(expected: "a whole number")
      return nil
    }
    if let minimum, value < minimum {
      context.report(
        .negativeValue, "\(subject) must be \(minimum) or more, found \(value)", at: self)
    }
    return value
  }

  func number(minimum: Double? = nil) -> Double? {
    guard case .scalar(let scalar) = node, let value = Double(scalar.string) ?? node.float,
      value.isFinite
    else {
      wrongType(expected: "a number")
      return nil
    }
    if let minimum, value < minimum {
      context.report(
        .negativeValue, "\(subject) must be \(minimum.formatted) or more, found \(value.formatted)",
        at: self)
    }
    return value
  }

  /// A YAML 1.1 boolean: an unquoted true/false, yes/no or on/off in lower, title or upper case
  /// (or a scalar tagged `!!bool`).
  ///
  /// Read from the scalar's text and style, because the document is parsed without Yams' regular
  /// expression tag resolution (see `YAMLDocument`); a quoted "true" is text, not a boolean.
  func boolean() -> Bool? {
    guard case .scalar(let scalar) = node,
      scalar.style == .plain || scalar.style == .any
        || scalar.tag.rawValue == Tag.Name.bool.rawValue,
      let value = Self.booleans[scalar.string]
    else {
      wrongType(expected: "true or false")
      return nil
    }
    return value
  }

  private static let booleans: [String: Bool] = [
    "true": true, "True": true, "TRUE": true, "yes": true, "Yes": true, "YES": true,
    "on": true, "On": true, "ON": true,
    "false": false, "False": false, "FALSE": false, "no": false, "No": false, "NO": false,
    "off": false, "Off": false, "OFF": false,
  ]

  func date() -> CalendarDate? {
    guard let value = text() else { return nil }
    guard let date = CalendarDate(parsing: value) else {
      context.report(
        .invalidDate,
        "\(subject) must be a date such as 2026-03-04, 2026-03 or 2026, found \"\(value)\"",
        at: self, hint: ValueHints.date(value))
      return nil
    }
    return date
  }

  /// A kebab-case id; an id in another style is reported but still returned, so references to
  /// it resolve and one mistake gives one message.
  func identifier<Entity>(_: Entity.Type = Entity.self) -> Identifier<Entity>? {
    guard let value = text() else { return nil }
    if !Identifier<Entity>.isValid(value) {
      context.report(
        .invalidID,
        path.lastKey == "id"
          ? "\"\(value)\" is not a valid id" : "\"\(value)\" is not a valid id for \(subject)",
        at: self,
        hint: "ids use lowercase letters, digits and hyphens, and start with a letter, "
          + "such as \"\(IdentifierSyntax.suggestion(for: value))\"")
    }
    return Identifier(value)
  }

  func word<Word: Vocabulary>(_: Word.Type = Word.self) -> Word? {
    guard let value = text() else { return nil }
    if let word = Word(rawValue: value) { return word }
    let suggestion = Suggestion.didYouMean(value, in: Word.words)
    context.report(
      .invalidValue, "\"\(value)\" is not an allowed value for \(subject)\(suggestion)", at: self,
      hint: "allowed: " + Word.words.joined(separator: ", "))
    return nil
  }

  func interceptNumber() -> InterceptNumber? {
    guard case .scalar(let scalar) = node, let value = Int(scalar.string) else {
      wrongType(expected: "an intercept number from 0 to 5")
      return nil
    }
    guard let number = InterceptNumber(value) else {
      context.report(
        .interceptOutOfRange, "\(value) is not an intercept number; intercepts are numbered 0 to 5",
        at: self)
      return nil
    }
    return number
  }

  // MARK: Collections

  /// The elements of a list; a single scalar is wrong here.
  func list() -> [MapNode]? {
    guard case .sequence(let sequence) = node else {
      wrongType(expected: "a list")
      return nil
    }
    return sequence.enumerated().map {
      MapNode($1, path: path.appending(index: $0), context: context)
    }
  }

  /// The elements of a list, or the node itself when it is a single value.
  func oneOrList() -> [MapNode] {
    if case .sequence = node { return list() ?? [] }
    return [self]
  }

  func object(_ shape: ObjectShape) -> ObjectReader? {
    guard case .mapping(let mapping) = node else {
      wrongType(expected: "a mapping of \(shape.name) keys")
      return nil
    }
    return ObjectReader(mapping, node: self, shape: shape)
  }
}

extension Double {
  /// The number without a trailing ".0" when it is whole.
  var formatted: String {
    rounded() == self && abs(self) < 1e15 ? String(Int(self)) : String(self)
  }
}
