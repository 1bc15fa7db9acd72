/// The command line of simmap-bench.
struct BenchmarkOptions {
  enum Mode {
    /// Warm in-process stage times of each map and of synthetic maps.
    case table
    /// The cold per-stage profile of `simmap render`, against whole processes.
    case stages
    /// One cold run of the stages, written to `output`: what `--stages` spawns.
    case stageRun(output: String)
  }

  var mode = Mode.table
  var repeats = 5
  var maximumResources = 5_000
  var maps: [String] = []
  /// The simmap that `--stages` runs as whole processes; by default the one beside this program.
  var simmap: String?

  init(arguments: [String]) {
    var remaining = arguments[...]
    var output: String?
    var stageRun = false
    var explicitRepeats = false
    while let argument = remaining.popFirst() {
      switch argument {
      case "--repeat":
        explicitRepeats = true
        repeats = remaining.popFirst().flatMap { Int($0) } ?? repeats
      case "--max-resources":
        maximumResources = remaining.popFirst().flatMap { Int($0) } ?? maximumResources
      case "--stages": mode = .stages
      case "--stage-run": stageRun = true
      case "--stage-output": output = remaining.popFirst()
      case "--simmap": simmap = remaining.popFirst()
      default: maps.append(argument)
      }
    }
    if stageRun, let output { mode = .stageRun(output: output) }
    if case .stages = mode, !explicitRepeats { repeats = 15 }
    repeats = max(1, repeats)
  }
}
