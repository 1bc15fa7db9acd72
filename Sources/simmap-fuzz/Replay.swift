import Foundation

/// Runs files and folders of inputs through the pipeline, every one through Graphviz and the
/// report, and prints each finding as `path: finding`.
enum Replay {
  /// Returns the exit status: 0 when no input gave a finding, 1 when one did, 64 for bad usage.
  static func main(_ arguments: [String]) -> Int32 {
    guard !arguments.isEmpty, !arguments.contains(where: { $0.hasPrefix("-") }) else {
      say(
        """
        usage: simmap-fuzz FILE|FOLDER…
        Runs each map (folders: every file in them) through load, check, analysis, every DOT view,
        Graphviz and the report, and prints what should never happen. `make fuzz` builds the
        fuzzer itself.
        """)
      return 64
    }
    let pipeline = FuzzPipeline(renderEvery: 1)
    var inputs = 0
    var failing = 0
    for path in arguments.flatMap(files(at:)) {
      guard let data = FileManager.default.contents(atPath: path) else {
        say("\(path): cannot be read")
        failing += 1
        continue
      }
      inputs += 1
      let findings = pipeline.run(data)
      if !findings.isEmpty { failing += 1 }
      for finding in findings { say("\(path): \(finding)") }
    }
    say("simmap-fuzz: \(inputs) inputs, \(failing) with findings")
    return failing == 0 ? 0 : 1
  }

  /// Writes a line straight to standard output, so the findings printed before a crash are
  /// not lost with it.
  private static func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
  }

  /// `path` itself, or every regular file below it, sorted.
  private static func files(at path: String) -> [String] {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue
    else { return [path] }
    let names = (FileManager.default.subpaths(atPath: path) ?? []).sorted()
    return names.map { (path as NSString).appendingPathComponent($0) }.filter {
      var isSubfolder: ObjCBool = false
      return FileManager.default.fileExists(atPath: $0, isDirectory: &isSubfolder)
        && !isSubfolder.boolValue
    }
  }
}
