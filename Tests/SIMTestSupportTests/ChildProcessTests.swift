import Foundation
import SIMTestSupport
import Testing

@Suite("ChildProcess")
struct ChildProcessTests {
  @Test("a child that fills standard error before writing standard output does not deadlock")
  func fullStandardError() throws {
    // 1 MiB to stderr first: far more than a pipe holds, so reading stdout to its end before
    // reading stderr would wait forever. The hang guard turns such a hang into a failure.
    let script = "head -c 1048576 /dev/zero | tr '\\0' e >&2; printf done"
    let output = try ChildProcess.run(
      URL(fileURLWithPath: "/bin/sh"), ["-c", script], hangGuard: 30)
    #expect(output.status == 0)
    #expect(output.stdout == "done")
    #expect(output.stderr.utf8.count == 1_048_576)
  }

  @Test("the exit status and both streams are reported")
  func statusAndStreams() throws {
    let output = try ChildProcess.run(
      URL(fileURLWithPath: "/bin/sh"), ["-c", "echo out; echo err >&2; exit 3"])
    #expect(output.status == 3)
    #expect(output.stdout == "out\n")
    #expect(output.stderr == "err\n")
  }
}
