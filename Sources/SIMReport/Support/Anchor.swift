/// Anchors for sections and figures: lowercase letters, digits and hyphens.
enum Anchor {
  /// An anchor made from a title: "Intercept 2: Jails" gives `intercept-2-jails`.
  static func make(_ text: String) -> String {
    var result = ""
    for scalar in text.lowercased().unicodeScalars {
      switch scalar {
      case "a"..."z", "0"..."9": result.unicodeScalars.append(scalar)
      default: if !result.isEmpty && !result.hasSuffix("-") { result += "-" }
      }
    }
    while result.hasSuffix("-") { result.removeLast() }
    return result.isEmpty ? "section" : result
  }
}
