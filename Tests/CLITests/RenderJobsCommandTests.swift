import Foundation
import SIMTestSupport
import Testing

/// `simmap render` of several pictures through Graphviz worker processes. The time limit is a
/// generous hang guard only.
@Suite("simmap render --jobs", .timeLimit(.minutes(3)))
struct RenderJobsCommandTests {
  /// Every sample map, as paths from the repository root.
  private static var sampleMaps: [String] {
    ["Examples", "Maps"].flatMap { folder in
      let names =
        (try? FileManager.default.contentsOfDirectory(
          atPath: Fixtures.root.appendingPathComponent(folder).path)) ?? []
      return names.filter { $0.hasSuffix(".yaml") }.sorted().map { "\(folder)/\($0)" }
    }
  }

  /// The files in `folder`, by name.
  private func files(in folder: URL) throws -> [String: Data] {
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    return try Dictionary(
      uniqueKeysWithValues: names.map {
        ($0, try Data(contentsOf: folder.appendingPathComponent($0)))
      })
  }

  @Test("--jobs 2 writes the same files, bytes and messages as --jobs 1")
  func jobsAgree() throws {
    let workspace = try Workspace("render-jobs")
    let maps = Self.sampleMaps.map { Fixtures.root.appendingPathComponent($0).path }
    #expect(maps.count > 3)
    let one = try workspace.run(["render"] + maps + ["--view", "all", "-o", "one", "--jobs", "1"])
    let two = try workspace.run(["render"] + maps + ["--view", "all", "-o", "two", "--jobs", "2"])
    #expect(one.status == 0, "\(one.stderr)")
    #expect(two.status == 0, "\(two.stderr)")
    let first = try files(in: workspace.folder.appendingPathComponent("one"))
    #expect(first.count == maps.count * 9)
    #expect(first == (try files(in: workspace.folder.appendingPathComponent("two"))))
    #expect(one.stdout.replacingOccurrences(of: "one/", with: "two/") == two.stdout)
    #expect(one.stderr == two.stderr)
  }

  @Test("a picture drawn by a worker is byte-identical to one drawn in process")
  func workerEqualsInProcess() throws {
    let workspace = try Workspace("render-worker-identical")
    let inProcess = try workspace.run(["render", "riverbend.yaml", "-o", "alone.svg"])
    let worker = try workspace.run(
      ["render", "riverbend.yaml", "--view", "all", "--jobs", "2", "-o", "all"])
    #expect(inProcess.status == 0, "\(inProcess.stderr)")
    #expect(worker.status == 0, "\(worker.stderr)")
    #expect(try workspace.data("alone.svg") == workspace.data("all/riverbend.svg"))
  }

  @Test("a worker crash fails that picture with a clear error; the other pictures are drawn")
  func crash() throws {
    let workspace = try Workspace("render-worker-crash")
    let output = try workspace.run(
      ["render", "riverbend.yaml", "--view", "all", "--jobs", "2", "-o", "all"],
      environment: [
        "SIMMAP_TEST_WORKER_ABORT_ON": "information_sharing", "SWIFT_BACKTRACE": "enable=no",
      ])
    #expect(output.status == 70)
    #expect(output.stderr.contains("the Graphviz worker process stopped while drawing"))
    #expect(output.stderr.contains("riverbend.yaml: note: the sharing view was not drawn"))
    let names = try workspace.names(in: "all")
    #expect(names.count == 8)
    #expect(!names.contains("riverbend.sharing.svg"))
  }

  @Test("--timeout stops a runaway picture with a clear message; the others are drawn")
  func timeout() throws {
    let workspace = try Workspace("render-worker-timeout")
    let output = try workspace.run(
      [
        "render", "riverbend.yaml", "--view", "all", "--jobs", "2", "--timeout", "1", "-o",
        "all",
      ],
      environment: ["SIMMAP_TEST_WORKER_SLEEP_ON": "information_sharing"])
    #expect(output.status == 70)
    #expect(output.stderr.contains("Graphviz did not finish drawing the picture within 1 s"))
    #expect(output.stderr.contains("riverbend.yaml: note: the sharing view was not drawn"))
    #expect(try workspace.names(in: "all").count == 8)
  }

  @Test(
    "on a terminal a progress line counts the pictures with \\r and is cleared at the end",
    .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
  func progressOnTerminal() throws {
    let workspace = try Workspace("render-jobs-progress")
    // script(1) gives simmap a terminal; standard output goes to /dev/null, so what script
    // prints is standard error.
    let command =
      "'\(SimmapProcess.binary.path)' render riverbend.yaml --view all -o all --jobs 2 >/dev/null"
    let output = try ChildProcess.run(
      URL(fileURLWithPath: "/usr/bin/script"), ["-qec", command, "/dev/null"],
      in: workspace.folder, environment: [:])
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stdout.contains("\r1/9 riverbend.yaml (map view)"))
    #expect(output.stdout.contains("\r9/9 riverbend.yaml (intercept:5 view)"))
    #expect(output.stdout.hasSuffix("\r\u{1B}[K"))
  }

  @Test("no progress line when standard error is not a terminal")
  func quietWhenPiped() throws {
    let workspace = try Workspace("render-jobs-quiet")
    let output = try workspace.run(["render", "riverbend.yaml", "--view", "all", "-o", "all"])
    #expect(output.status == 0)
    #expect(output.stderr.isEmpty)
  }

  @Test(
    "--jobs and --timeout refuse values that make no sense",
    arguments: [
      ["--jobs", "0"], ["--timeout", "0"], ["--timeout", "-3"], ["--timeout", "nan"],
    ])
  func badValues(option: [String]) throws {
    let workspace = try Workspace("render-jobs-usage")
    let output = try workspace.run(["render", "riverbend.yaml"] + option)
    #expect(output.status == 64)
  }
}
