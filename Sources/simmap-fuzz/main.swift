import Foundation

// simmap-fuzz: the map pipeline under a fuzzer, or replayed over files.
//
// Built normally (`swift build`), it replays the files and folders named on the command line
// through the pipeline and reports every finding; `make fuzz` builds it with
// `-sanitize=fuzzer,address -DFUZZING`, and then libFuzzer drives it (see docs/fuzzing.md).

#if FUZZING
  @_silgen_name("LLVMFuzzerRunDriver")
  private func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
  ) -> Int32

  /// The symbol libFuzzer's runtime links against; the driver below is what runs it.
  @_cdecl("LLVMFuzzerTestOneInput")
  func fuzzOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    FuzzEntry.run(bytes, count)
  }

  var argumentCount = CommandLine.argc
  var arguments = CommandLine.unsafeArgv
  exit(runFuzzerDriver(&argumentCount, &arguments) { bytes, count in FuzzEntry.run(bytes, count) })
#else
  exit(Replay.main(Array(CommandLine.arguments.dropFirst())))
#endif
