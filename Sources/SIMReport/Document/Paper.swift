/// The paper size a printed report is laid out for.
package enum Paper: String, Sendable, CaseIterable {
  /// US Letter, 8.5 × 11 inches (the default).
  case letter
  /// ISO A4, 210 × 297 millimeters.
  case a4

  /// The CSS `@page` size keyword.
  var cssSize: String {
    switch self {
    case .letter: "letter"
    case .a4: "A4"
    }
  }
}
