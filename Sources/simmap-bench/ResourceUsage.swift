import Foundation

/// Peak memory, from getrusage.
enum ResourceUsage {
  enum Who {
    case `self`, children
  }

  /// The largest resident set size seen, in MiB (Linux reports KiB).
  static func peakMiB(_ who: Who) -> String {
    var usage = rusage()
    #if os(Linux)
      getrusage(who == .self ? RUSAGE_SELF.rawValue : RUSAGE_CHILDREN.rawValue, &usage)
      let kibibytes = Double(usage.ru_maxrss)
    #else
      getrusage(who == .self ? RUSAGE_SELF : RUSAGE_CHILDREN, &usage)
      let kibibytes = Double(usage.ru_maxrss) / 1024  // bytes on macOS
    #endif
    return String(format: "%.0f", kibibytes / 1024)
  }
}
