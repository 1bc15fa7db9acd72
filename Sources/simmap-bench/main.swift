import Foundation
import GraphvizKit
import SIMModel
import SIMRender

// Measures each stage of drawing a map, in process, against the same DOT given to `dot -Tsvg`
// as a subprocess, in one run. Usage: simmap-bench [--repeat N] [--max-resources N] [MAPS…]
// Run it from a release build (`make bench`); figures go in docs/performance.md.

// simmap-bench --memory [RENDERS] | --hostile DIR: the checks that are figures, not tests.
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "--memory" {
  try MemoryCheck.run(renders: arguments.dropFirst().first.flatMap { Int($0) } ?? 10_000)
  exit(0)
}
if arguments.first == "--hostile", arguments.count == 2 {
  try HostileMapFiles.write(to: arguments[1])
  exit(0)
}

let options = BenchmarkOptions(arguments: arguments)
let dotPath = ["/usr/bin/dot", "/usr/local/bin/dot", "/opt/homebrew/bin/dot"].first {
  FileManager.default.isExecutableFile(atPath: $0)
}
guard let dotPath else {
  FileHandle.standardError.write(
    Data("simmap-bench needs the dot command (apt-get install graphviz)\n".utf8))
  exit(69)
}

var cases: [BenchmarkCase] = options.maps.map { BenchmarkCase(label: $0, path: $0) }
let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
  "simmap-bench-\(getpid())")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: folder) }
for size in SyntheticMap.sizes where size <= options.maximumResources {
  let path = folder.appendingPathComponent("synthetic-\(size).yaml").path
  try SyntheticMap(resources: size).text().write(toFile: path, atomically: true, encoding: .utf8)
  cases.append(BenchmarkCase(label: "synthetic, \(size) resources", path: path))
}

print("simmap benchmark: \(options.repeats) runs per stage, median milliseconds")
print("Graphviz \(GraphvizEngine.shared.capabilities().version ?? "?"), dot at \(dotPath)")
print("")
print(StageTimes.header)
for benchmarkCase in cases {
  let times = try benchmarkCase.measure(repeats: options.repeats, dotPath: dotPath)
  print(times.row)
}
print("")
print(
  "Peak memory (max RSS): simmap \(ResourceUsage.peakMiB(.self)) MiB, dot subprocesses \(ResourceUsage.peakMiB(.children)) MiB"
)
