import SIMModel

/// Compares one exchange's legal bases with what the legal-basis catalog says they allow.
struct LegalBasisCheck {
  let exchange: Exchange
  let context: AnalysisContext

  private var sender: Agency? { context.agency(exchange.from) }
  private var recipient: Agency? { context.agency(exchange.to) }
  var senderName: String { context.name(of: exchange.from) }
  var recipientName: String { context.name(of: exchange.to) }

  /// Whether the sender is a federally assisted 42 CFR Part 2 program.
  private var fromPart2Program: Bool { sender?.isPart2Program == true }

  /// The records the exchange carries: a Part 2 program's disclosures always include Part 2
  /// records, since even saying that someone is its patient is protected.
  var records: [Exchange.RecordKind] {
    var records = exchange.records
    if fromPart2Program, !records.contains(.substanceUse) { records.append(.substanceUse) }
    return records
  }

  private var recipientKinds: Set<LegalBasisInfo.Recipient>? {
    recipient.flatMap(LegalBasisInfo.Recipient.kinds(of:))
  }

  private var cited: [LegalBasisInfo] {
    exchange.legalBases.filter { $0 != .noneIdentified }.compactMap(context.legalBases.info)
  }

  /// Why the cited bases do not cover the exchange, or nil when they do (or the records are not
  /// known).
  func problem() -> String? {
    let kinds = recipientKinds
    let uncovered = records.filter { kind in !cited.contains { $0.allows(kind, to: kinds) } }
    guard let kind = uncovered.first else { return nil }
    switch kind {
    case .substanceUse:
      return fromPart2Program
        ? "\(senderName) is a 42 CFR Part 2 program, and its records need Part 2 consent or a "
          + "Part 2 court order"
        : "substance use treatment records need Part 2 consent or a Part 2 court order"
    case .education:
      return "education records need written consent or a FERPA exception"
    default:
      if let basis = cited.first(where: { $0.covers.contains(kind) }), let kinds {
        let allowed = basis.recipients.map(\.phrase).joined(separator: " or ")
        let actual = kinds.isEmpty ? "" : ", and \(recipientName) is not one"
        return "\(basis.id.rawValue) lets \(kind.label) records go only to \(allowed)\(actual)"
      }
      let names = cited.map(\.id.rawValue).joined(separator: ", ")
      return "\(names) does not cover \(kind.label) records"
    }
  }

  /// The catalog's bases that would carry every record to the recipient, after `prefix`.
  func suggestion(prefix: String) -> String? {
    guard !records.isEmpty else { return nil }
    let bases = context.legalBases.bases(carrying: records, to: recipientKinds)
    guard !bases.isEmpty else { return nil }
    return prefix + bases.map(\.id.rawValue).joined(separator: ", ")
  }
}
