import SIMModel

/// A map whose every text tries to break out of DOT or HTML: markup, quotes, brackets,
/// backslashes, line breaks, control characters, emoji, right-to-left text and a 5 KB name.
enum HostileMap {
  /// Text that would end a quoted string, an attribute list or an HTML label if not escaped.
  static let evil =
    "<script>alert(1)</script> \"]; node [shape=none]; \\\" back\\slash \\n\nnew line\r\nCRLF "
    + "& 'single' ]]> end] 🚓👩🏽‍⚕️ مرحبا بالعالم עברית \u{202E}reversed\u{202C} nul\u{0}bell\u{7}"

  /// A name of about 5 KB: 512 words, "Long0" to "Long511".
  static let huge =
    (0..<512).map { "Long\($0)" }.joined(separator: " ") + " "
    + String(
      repeating: "x", count: 400)

  /// The hostile map.
  static var map: Map {
    let agencies = [
      Agency(id: "police", name: evil, shortName: evil, sector: .justice),
      Agency(id: "clinic", name: huge, sector: .behavioralHealth),
      Agency(id: "school", name: evil, sector: .education),
    ]
    let resource = Resource(
      id: "r1", name: evil, agencies: ["police", "clinic", "nowhere\"]"], decisionPoint: "arrest",
      alsoServes: [InterceptNumber(3)].compactMap { $0 }, practice: evil, description: evil,
      capacity: evil, hours: evil, status: .limited,
      measures: [Measure(name: evil, value: 1234.5, unit: evil, year: 2026)])
    let intercepts = [
      Intercept(
        number: number(1),
        decisionPoints: DecisionPoint.defaults(for: number(1), continuum: .adult),
        resources: [resource, Resource(id: "r2", name: huge, status: .planned)],
        gaps: [Gap(id: "g1", text: evil, practice: evil, severity: .high)],
        measures: [Measure(name: evil, value: 7, unit: "%")]),
      Intercept(
        number: number(2),
        decisionPoints: [
          DecisionPoint(id: "evil-step", name: evil, note: evil),
          DecisionPoint(id: "huge-step", name: huge),
        ]),
    ]
    return Map(
      jurisdiction: Jurisdiction(name: evil, state: evil), provenance: evil,
      workshop: Workshop(dates: [CalendarDate(year: 2026, month: 3, day: 4)]),
      agencies: agencies, intercepts: intercepts,
      exchanges: [
        Exchange(
          id: "x1", intercept: number(1), from: "police", to: "clinic", data: [evil, huge],
          purpose: evil, legalBases: [.consent], agreement: "a1", status: .partial),
        Exchange(
          id: "x2", intercept: number(2), from: "clinic", to: "ghost\\\"<b>", data: [evil],
          status: .gap),
      ],
      agreements: [
        Agreement(id: "a1", kind: .mou, title: evil, parties: ["police", "clinic"])
      ])
  }

  private static func number(_ value: Int) -> InterceptNumber {
    InterceptNumber(value) ?? InterceptNumber.all[0]
  }
}
