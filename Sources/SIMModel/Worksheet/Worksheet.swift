/// Writes a blank, commented map for a workshop to fill in: what `simmap init` prints.
///
/// The worksheet validates as it is, so a facilitator can render an empty map on the first day
/// and fill it in as the workshop goes.
package struct Worksheet: Sendable {
  /// The jurisdiction's name.
  package var name: String
  /// Adult or juvenile wording and decision points.
  package var continuum: Continuum

  /// Creates a worksheet for a jurisdiction.
  package init(name: String, continuum: Continuum = .adult) {
    self.name = name
    self.continuum = continuum
  }

  /// The worksheet text.
  package func text() -> String {
    var lines = header + [""]
    lines += [
      "jurisdiction:",
      "  name: \(YAMLText.quoted(name))",
      "  kind: county  # county, city, region, state or tribal-nation",
      "  # state: OR",
      "  # population: 100000",
      "",
      "continuum: \(continuum.rawValue)  # adult or juvenile",
      "",
    ]
    lines += workshop + [""] + agencies + [""] + intercepts + [""] + sharing + [""] + planning
    return lines.joined(separator: "\n") + "\n"
  }

  private var header: [String] {
    [
      "# Sequential Intercept Model map: \(YAMLText.comment(name))",
      "#",
      "# Written by `simmap init` as a worksheet. Fill in what the workshop finds and delete",
      "# what you do not need. Lines that start with # are notes and are ignored.",
      "#   Check the map:  simmap validate <this file>",
      "#   Draw the map:   simmap render <this file>",
      "# Every key is explained in docs/map-format.md.",
      "simmap: \(Map.formatVersion)",
    ]
  }

  private var workshop: [String] {
    [
      "workshop:",
      "  # dates: [2026-03-04, 2026-03-05]",
      "  # facilitators: [Name or organization]",
      "  # participants: 30",
      "  team:  # the core planning team",
      "    # - role: Sheriff",
      "    #   agency: sheriff",
      "    #   stakeholder: [executive-sponsor, co-chair]",
      "",
      "sources:  # documents that items cite with `source: id`",
      "  # - id: mapping-report",
      "  #   title: Our mapping report",
      "  #   url: https://example.org/report.pdf",
    ]
  }

  private var agencies: [String] {
    [
      "agencies:  # every organization that appears on the map",
      "  # - id: sheriff",
      "  #   name: County Sheriff's Office",
      "  #   sector: justice  # justice, behavioral-health, health, social-services, housing,",
      "  #                    # education, community or other",
      "  #   role: [law-enforcement, jail]",
    ]
  }

  private var intercepts: [String] {
    var lines = ["intercepts:"]
    for number in InterceptNumber.all {
      let points = DecisionPoint.defaults(for: number, continuum: continuum)
      lines.append(
        "  \(number.value):  # Intercept \(number.value): \(number.title(for: continuum))")
      lines.append(
        "    # Decision points (the SIM defaults; list decision-points: to change them):")
      lines.append("    #   " + points.map { "\($0.id) (\($0.name))" }.joined(separator: ", "))
      lines.append("    # What to list here: " + WorksheetPrompts.prompt(for: number, continuum))
      lines.append("    resources:")
      lines.append("      # - id: \(WorksheetPrompts.exampleID(for: number, continuum))")
      lines.append("      #   name: …")
      lines.append("      #   agency: …")
      lines.append("    gaps:")
      lines.append("      # - id: …")
      lines.append("      #   text: …")
      lines.append("    measures:")
      lines.append("      # - { name: …, value: 0, unit: …, year: 2026 }")
    }
    return lines
  }

  private var sharing: [String] {
    [
      "exchanges:  # information one agency sends another",
      "  # - id: booking-roster-match",
      "  #   intercept: 2",
      "  #   from: sheriff",
      "  #   to: community-mental-health",
      "  #   legal-basis: hipaa-correctional",
      "  #   status: gap  # in-place, partial, planned or gap",
      "",
      "agreements:  # MOUs and data-sharing agreements",
      "  # - id: roster-mou",
      "  #   kind: mou",
      "  #   parties: [sheriff, community-mental-health]",
    ]
  }

  private var planning: [String] {
    [
      "priorities:  # what the workshop voted for, rank 1 first",
      "  # - id: mobile-crisis-at-night",
      "  #   rank: 1",
      "  #   title: …",
      "  #   votes: 12",
      "",
      "actions:  # the action planning matrix",
      "  # - priority: mobile-crisis-at-night",
      "  #   objective: …",
      "  #   steps:",
      "  #     - { action: …, who: …, when: 2026-06 }",
    ]
  }
}
