/// Maps built to hurt: each one blew up a stage of simmap once (issue 14). Tests use them as
/// hang guards; `simmap-bench --hostile DIR` writes them out so their commands can be timed.
///
/// Every generator is deterministic: the same arguments give the same text.
package enum HostileMaps {
  /// A named hostile map and what it once did.
  package struct Case: Sendable {
    /// A file name without extension, such as `agency-pairs-500`.
    package var name: String
    /// What it did before simmap bounded it.
    package var blewUp: String
    /// The map text.
    package var text: String
  }

  /// Every hostile map at the size that blew up, for the benchmark.
  package static var all: [Case] {
    [
      Case(
        name: "agency-pairs-500", blewUp: "250,000 linkage opportunities: 31 s, 1.2 GB",
        text: agencyPairs(justice: 500, health: 500)),
      Case(
        name: "opportunity-flood", blewUp: "a 937 MB opportunities view from 6 KB",
        text: opportunityFlood(justice: 75, health: 75, nameLength: 1_000)),
      Case(
        name: "resources-5000", blewUp: "n² linkage scan: seconds for analyze and report",
        text: manyResources(5_000)),
      Case(
        name: "combining-marks", blewUp: "one name of 100,000 marks: > 30 s in Graphviz",
        text: combiningMarks(100_000)),
      Case(
        name: "long-word", blewUp: "an empty <FONT></FONT> Graphviz rejected; exit 0",
        text: longWord(length: 300)),
      Case(
        name: "alias-bomb", blewUp: "billions of nodes expanded by aliases",
        text: aliasBomb(levels: 9)),
    ]
  }

  /// The first lines of every map.
  private static func header(_ name: String) -> [String] {
    ["simmap: 1", "jurisdiction:", "  name: \(name)"]
  }

  /// `justice` jails and `health` community mental health centers, each running one resource
  /// at intercept 4 and exchanging nothing: every pair is a linkage opportunity
  /// (500 × 500 gives 250,000 in about 105 KB).
  package static func agencyPairs(justice: Int, health: Int) -> String {
    var lines = header("Pairs County") + ["agencies:"]
    for index in 0..<justice {
      lines.append("  - {id: j\(index), name: Jail \(index), sector: justice, role: jail}")
    }
    for index in 0..<health {
      lines.append(
        "  - {id: h\(index), name: Clinic \(index), sector: behavioral-health, "
          + "role: community-mental-health}")
    }
    lines += ["intercepts:", "  4:", "    resources:"]
    for index in 0..<justice {
      lines.append("      - {id: rj\(index), name: Reentry \(index), agency: j\(index)}")
    }
    for index in 0..<health {
      lines.append("      - {id: rh\(index), name: In-reach \(index), agency: h\(index)}")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A small file whose agencies share one long name through a YAML anchor, with no roles (so
  /// every template fits) and two resources serving every intercept: every pair at every
  /// intercept is an opportunity, each labelled with two long names.
  package static func opportunityFlood(justice: Int, health: Int, nameLength: Int) -> String {
    let name = String(repeating: "Long name ", count: max(1, nameLength / 10))
    var lines = header("Flood County") + ["agencies:"]
    for index in 0..<justice {
      let label = index == 0 ? "&long \"\(name)\"" : "*long"
      lines.append("  - {id: j\(index), name: \(label), sector: justice}")
    }
    for index in 0..<health {
      lines.append("  - {id: h\(index), name: *long, sector: health}")
    }
    let justiceIDs = (0..<justice).map { "j\($0)" }.joined(separator: ", ")
    let healthIDs = (0..<health).map { "h\($0)" }.joined(separator: ", ")
    lines += [
      "intercepts:", "  0:", "    resources:",
      "      - {id: patrol, name: Patrol, agencies: [\(justiceIDs)], also-serves: [1, 2, 3, 4, 5]}",
      "      - {id: care, name: Care, agencies: [\(healthIDs)], also-serves: [1, 2, 3, 4, 5]}",
    ]
    return lines.joined(separator: "\n") + "\n"
  }

  /// `count` resources spread over the intercepts and 1 agency for every 5 resources, half
  /// justice and half health, with a few exchanges.
  package static func manyResources(_ count: Int) -> String {
    let agencies = max(4, count / 5)
    var lines = header("Many County") + ["agencies:"]
    for index in 0..<agencies {
      let sector = index % 2 == 0 ? "justice" : "behavioral-health"
      lines.append("  - {id: a\(index), name: Agency \(index), sector: \(sector)}")
    }
    lines.append("intercepts:")
    for intercept in 0...5 {
      lines += ["  \(intercept):", "    resources:"]
      for index in stride(from: intercept, to: count, by: 6) {
        lines.append(
          "      - {id: r\(index), name: Resource \(index), agency: a\(index % agencies)}")
      }
    }
    lines.append("exchanges:")
    for index in 0..<max(1, count / 10) {
      lines.append(
        "  - {id: x\(index), intercept: \(index % 6), from: a\(index % agencies), "
          + "to: a\((index + 1) % agencies), status: in-place}")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// An agency whose name is one letter carrying `marks` combining acute accents.
  package static func combiningMarks(_ marks: Int) -> String {
    let name = "a" + String(repeating: "\u{0301}", count: marks)
    return
      (header("Marks County") + [
        "agencies:", "  - {id: police, name: \"\(name)\", sector: justice, role: law-enforcement}",
        "intercepts:", "  1:", "    resources:",
        "      - {id: team, name: Crisis team, agency: police}",
      ]).joined(separator: "\n") + "\n"
  }

  /// An agency whose name is one word of `length` letters, too long for any line: the resource
  /// it runs shows it after "Run by:".
  package static func longWord(length: Int) -> String {
    let word = String(repeating: "x", count: length)
    return
      (header("Word County") + [
        "agencies:", "  - {id: a, name: \(word), sector: justice, role: law-enforcement}",
        "intercepts:", "  1:", "    resources:", "      - {id: r, name: Crisis team, agency: a}",
      ]).joined(separator: "\n") + "\n"
  }

  /// A "billion laughs": each level's anchor is a list of ten aliases of the level below.
  package static func aliasBomb(levels: Int) -> String {
    var lines = header("Bomb County") + ["names:", "  l0: &l0 \"lol\""]
    for level in 1...max(1, levels) {
      let below = Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ")
      lines.append("  l\(level): &l\(level) [\(below)]")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
