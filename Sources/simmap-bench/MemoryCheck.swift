import Foundation
import GraphvizKit

/// `simmap-bench --memory`: resident memory growth over many renders in one process, the
/// figures GraphvizKit's tests once asserted. A figure, not a pass or fail: libgvc 2.42 leaks
/// per clustered graph, so growth depends on the graph and the machine.
enum MemoryCheck {
  /// Two named clusters and an HTML-like label: the shape of 2.42's cluster leak.
  static let clustered = """
    digraph "clustered" {
      node [fontname="DejaVu Sans", shape=box];
      subgraph cluster_police { label="Police"; arrest; booking; }
      subgraph cluster_court {
        label="Court";
        hearing [label=<<b>First hearing</b><br/>Court L2>];
        sentence;
      }
      arrest -> booking -> hearing -> sentence;
    }
    """

  /// A tree of 17 boxes without clusters.
  static let unclustered =
    "digraph \"unclustered\" {\n  node [fontname=\"DejaVu Sans\", shape=box];\n  "
    + (0..<8).map { "root -> child\($0) -> grandchild\($0);" }.joined(separator: "\n  ") + "\n}\n"

  /// Prints the growth per render of each graph, in chunks after a warm-up.
  static func run(renders: Int) throws {
    print("simmap-bench --memory: RSS growth per SVG render in one process (/proc/self/statm)")
    for (name, dot) in [("clustered", clustered), ("unclustered", unclustered)] {
      for _ in 0..<200 { _ = try GraphvizEngine.shared.render(dot: dot, formats: [.svg]) }
      let chunk = max(1, renders / 10)
      var perChunk: [Int] = []
      let start = ContinuousClock.now
      for _ in 0..<10 {
        let before = residentBytes()
        for _ in 0..<chunk { _ = try GraphvizEngine.shared.render(dot: dot, formats: [.svg]) }
        perChunk.append((residentBytes() - before) / chunk)
      }
      let elapsed = ContinuousClock.now - start
      let median = perChunk.sorted()[perChunk.count / 2]
      print(
        "  \(name): \(chunk * 10) renders, median \(median) bytes/render "
          + "(chunks \(perChunk)), \(elapsed / (chunk * 10)) per render")
    }
  }

  /// Resident bytes now, from `/proc/self/statm`; 0 where it does not exist.
  static func residentBytes() -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else {
      return 0
    }
    let fields = text.split(separator: " ")
    guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
    return pages * sysconf(Int32(_SC_PAGESIZE))
  }
}
