import SIMModel

extension Resource {
  /// Whether it is operating or limited: running, if not as much as needed.
  var isRunning: Bool { status == .operating || status == .limited }
}
