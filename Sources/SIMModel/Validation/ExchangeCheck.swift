/// Reports exchanges that cannot be right: an agency sending to itself, or an agreement its
/// agencies did not sign.
enum ExchangeCheck {
  static func run(_ loaded: LoadedMap) -> [Diagnostic] {
    let agencies = Set(loaded.map.agencies.map(\.id))
    let agreements = Dictionary(
      loaded.map.agreements.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var diagnostics: [Diagnostic] = []
    for (index, exchange) in loaded.map.exchanges.enumerated() {
      let path = loaded.sourceMap.path(ofElement: index, in: ModelPath.exchanges)
      if exchange.from == exchange.to {
        let toPath = path.appending("to")
        diagnostics.append(
          Diagnostic(
            .selfExchange,
            "exchange \"\(exchange.id)\" goes from agency \"\(exchange.from)\" to itself",
            at: loaded.sourceMap.location(of: toPath), path: toPath,
            hint: "an exchange links two different agencies; check from: and to:"))
      }
      if let id = exchange.agreement, let agreement = agreements[id], !agreement.parties.isEmpty {
        // An unknown agency is already reported as such; do not report it twice.
        let missing = [exchange.from, exchange.to].filter {
          agencies.contains($0) && !agreement.parties.contains($0)
        }
        if !missing.isEmpty {
          let agreementPath = path.appending("agreement")
          let names = missing.map { "\"\($0)\"" }.joined(separator: " and ")
          diagnostics.append(
            Diagnostic(
              .agreementParties,
              "exchange \"\(exchange.id)\" cites agreement \"\(id)\", which \(names) did not sign",
              at: loaded.sourceMap.location(of: agreementPath), path: agreementPath,
              hint: "add the agency to the agreement's parties:, or cite another agreement"))
        }
      }
    }
    return diagnostics
  }
}
