import Foundation
import SIMModel

/// An address simmap is willing to link to: the one check every URL written by any format
/// passes through.
///
/// Only `http` and `https` addresses are allowed, so a map's `javascript:` or `data:` source
/// can never become a live link; characters that would end a link in Markdown or an attribute
/// in HTML are percent-encoded.
package struct LinkTarget: Hashable, Sendable {
  /// The address, percent-encoded where needed.
  package let address: String

  /// The target of `url`, or nil when it is not an `http` or `https` address or holds spaces
  /// or control characters.
  package init?(_ url: String) {
    let trimmed = url.trimmingCharacters(in: .whitespacesAndNewlines)
    let lower = trimmed.lowercased()
    guard lower.hasPrefix("https://") || lower.hasPrefix("http://"),
      trimmed.count > (lower.hasPrefix("https") ? 8 : 7),
      !trimmed.unicodeScalars.contains(where: { $0 == " " || TerminalText.isActive($0) })
    else { return nil }
    var result = ""
    for scalar in trimmed.unicodeScalars {
      switch scalar {
      case "<": result += "%3C"
      case ">": result += "%3E"
      case "\\": result += "%5C"
      case "(": result += "%28"
      case ")": result += "%29"
      case "\"": result += "%22"
      case "'": result += "%27"
      case "`": result += "%60"
      default: result.unicodeScalars.append(scalar)
      }
    }
    address = result
  }
}
