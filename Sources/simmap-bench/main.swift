import Foundation
import GraphvizKit

// Measures simmap's stages. Usage:
//   simmap-bench [--repeat N] [--max-resources N] [MAPS…]   warm in-process stage times
//   simmap-bench --stages [--repeat N] [--simmap PATH] MAPS…  cold per-stage profile of a
//                                                            render, beside whole processes
//   simmap-bench --memory [RENDERS] | --hostile DIR          see docs/performance.md
//   simmap-bench --synthetic DIR SIZES                       writes synthetic-N.yaml for each
//                                                            comma-separated size N
//   simmap-bench --workers RENDERS DOT [SIMMAP]              Graphviz in worker processes
// Whole commands against `dot -Tsvg` are timed by scripts/bench-commands.py. Run both from a
// release build (`make bench`); figures go in docs/performance.md.

// simmap-bench --memory [RENDERS] | --hostile DIR: the checks that are figures, not tests.
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "--memory" {
  try MemoryCheck.run(renders: arguments.dropFirst().first.flatMap { Int($0) } ?? 10_000)
  exit(0)
}
if arguments.first == "--workers", arguments.count >= 3, let renders = Int(arguments[1]) {
  let beside = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
    .deletingLastPathComponent().appendingPathComponent("simmap").path
  try WorkerCheck.run(
    renders: renders, dotPath: arguments[2], simmap: arguments.dropFirst(3).first ?? beside)
  exit(0)
}
if arguments.first == "--hostile", arguments.count == 2 {
  try HostileMapFiles.write(to: arguments[1])
  exit(0)
}

if arguments.first == "--synthetic", arguments.count == 3 {
  for size in arguments[2].split(separator: ",").compactMap({ Int($0) }) {
    let path = URL(fileURLWithPath: arguments[1]).appendingPathComponent("synthetic-\(size).yaml")
    try SyntheticMap(resources: size).text().write(to: path, atomically: true, encoding: .utf8)
    print(path.path)
  }
  exit(0)
}

let options = BenchmarkOptions(arguments: arguments)

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("simmap-bench: \(message)\n".utf8))
  exit(1)
}

let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
  "simmap-bench-\(getpid())")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: folder) }

switch options.mode {
case .stageRun(let output):
  guard let path = options.maps.first else { fail("--stage-run needs a map") }
  do {
    let times = try StageProfile.runOnce(path: path, outputFolder: folder.path)
    try StageProfile.encode(times).write(toFile: output, atomically: true, encoding: .utf8)
  } catch {
    fail("\(error)")
  }

case .stages:
  let bench = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
  let simmap =
    options.simmap
    ?? bench.deletingLastPathComponent().appendingPathComponent("simmap").path
  guard FileManager.default.isExecutableFile(atPath: simmap) else {
    fail("\(simmap) is missing; build the simmap product too (make bench)")
  }
  let dot = ["/usr/bin/dot", "/usr/local/bin/dot", "/opt/homebrew/bin/dot"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }
  let report = StageReport(
    simmap: simmap, dot: dot, bench: bench.path, repeats: options.repeats, folder: folder.path)
  print("simmap render, stage by stage: \(options.repeats) interleaved rounds, median ms")
  print("(each stage timed once, cold, in a fresh process, as one command pays it)")
  print("")
  do {
    for path in options.maps { try report.run(path: path) }
  } catch {
    fail("\(error)")
  }

case .table:
  var cases: [BenchmarkCase] = options.maps.map { BenchmarkCase(label: $0, path: $0) }
  for size in SyntheticMap.sizes where size <= options.maximumResources {
    let path = folder.appendingPathComponent("synthetic-\(size).yaml").path
    try SyntheticMap(resources: size).text().write(toFile: path, atomically: true, encoding: .utf8)
    cases.append(BenchmarkCase(label: "synthetic, \(size) resources", path: path))
  }
  print("simmap in process, warm: \(options.repeats) runs per stage, median milliseconds")
  print("Graphviz \(GraphvizEngine.shared.capabilities().version ?? "?")")
  print("")
  print(StageTimes.header)
  for benchmarkCase in cases {
    let times = try benchmarkCase.measure(repeats: options.repeats)
    print(times.row)
  }
  print("")
  print("Peak memory (max RSS) of this process: \(ResourceUsage.peakMiB(.self)) MiB")
}
