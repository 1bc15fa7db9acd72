import Foundation
import SIMRender

/// Decides where each picture of `simmap render` goes.
///
/// Without -o, pictures go beside their map: `riverbend.yaml` gives `riverbend.svg`,
/// `riverbend.sharing.svg` and `riverbend.intercept-2.svg`. With -o and one picture, -o is the
/// file (or a folder to put it in); with several, -o is a folder.
struct OutputPlan {
  var files: [String]
  var views: [MapView]
  var format: PictureFormat
  /// The -o target, or nil to write beside each map.
  var target: OutputTarget?

  /// The number of pictures drawn.
  var count: Int { files.count * views.count }

  /// Where the picture of `view` of the map in `file` goes: a path, or nil for standard output.
  func path(for file: String, view: MapView) -> String? {
    let name = Self.fileName(for: file, view: view, format: format)
    return (target ?? OutputTarget.beside(file)).path(named: name)
  }

  /// Two maps whose pictures would land on the same file, with that file, if any.
  func collision() -> (first: String, second: String, path: String)? {
    var owners: [String: String] = [:]
    for file in files {
      for view in views {
        guard let path = path(for: file, view: view) else { continue }
        let key = URL(fileURLWithPath: path).standardizedFileURL.path
        if let owner = owners[key], owner != file { return (owner, file, path) }
        owners[key] = file
      }
    }
    return nil
  }

  /// `riverbend.svg`, `riverbend.sharing.svg`, `riverbend.intercept-2.svg`.
  static func fileName(for file: String, view: MapView, format: PictureFormat) -> String {
    let suffix =
      switch view {
      case .map: ""
      case .sharing: ".sharing"
      case .opportunities: ".opportunities"
      case .intercept(let number): ".intercept-\(number.value)"
      }
    return "\(MapFileName.stem(file))\(suffix).\(format.rawValue)"
  }
}
