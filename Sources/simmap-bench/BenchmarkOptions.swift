/// The command line of simmap-bench.
struct BenchmarkOptions {
  var repeats = 5
  var maximumResources = 5_000
  var maps: [String] = []

  init(arguments: [String]) {
    var remaining = arguments[...]
    while let argument = remaining.popFirst() {
      switch argument {
      case "--repeat": repeats = remaining.popFirst().flatMap { Int($0) } ?? repeats
      case "--max-resources":
        maximumResources = remaining.popFirst().flatMap { Int($0) } ?? maximumResources
      default: maps.append(argument)
      }
    }
    repeats = max(1, repeats)
  }
}
