import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs a program as its own process, the way a shell does (posix_spawn, standard input,
/// output and error on /dev/null, no pipes), and times it by the wall clock.
enum SpawnedRun {
  /// The wall-clock milliseconds from spawning `argv[0]` to reaping it, or nil when it could
  /// not be started or did not exit with status 0.
  static func milliseconds(_ argv: [String]) -> Double? {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    for descriptor: Int32 in 0...2 {
      posix_spawn_file_actions_addopen(
        &actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
    }
    var arguments: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
    defer { for pointer in arguments { free(pointer) } }
    let clock = ContinuousClock()
    let start = clock.now
    var pid = pid_t()
    guard posix_spawn(&pid, argv[0], &actions, nil, &arguments, environ) == 0 else { return nil }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    let elapsed = clock.now - start
    guard status == 0 else { return nil }
    return Milliseconds(elapsed).value
  }
}

/// A duration in milliseconds, as a `Double`.
struct Milliseconds {
  var value: Double

  init(_ duration: Duration) {
    value =
      Double(duration.components.seconds) * 1000
      + Double(duration.components.attoseconds) / 1e15
  }

  /// The milliseconds `work` takes once.
  static func of(_ work: () throws -> Void) rethrows -> Double {
    Milliseconds(try ContinuousClock().measure(work)).value
  }
}
