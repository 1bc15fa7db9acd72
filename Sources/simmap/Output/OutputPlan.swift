import Foundation
import SIMRender

/// Decides where each picture of `simmap render` goes.
///
/// Without -o, pictures go beside their map: `riverbend.yaml` gives `riverbend.svg`,
/// `riverbend.sharing.svg` and `riverbend.intercept-2.svg`. With -o and one picture, -o is the
/// file (or a folder to put it in); with several, -o is a folder.
struct OutputPlan {
  enum Destination: Equatable {
    case standardOutput
    case file(String)
  }

  var files: [String]
  var views: [MapView]
  var format: PictureFormat
  var output: String?

  func destination(for file: String, view: MapView) -> Destination {
    let name = Self.fileName(for: file, view: view, format: format)
    guard let output else {
      let folder = URL(fileURLWithPath: file).deletingLastPathComponent()
      return .file(Self.join(folder.relativePath == "." ? "" : relativeFolder(of: file), name))
    }
    if output == "-" { return .standardOutput }
    var isDirectory: ObjCBool = false
    let exists = FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory)
    if files.count * views.count > 1 || (exists && isDirectory.boolValue) || output.hasSuffix("/") {
      return .file(Self.join(output, name))
    }
    return .file(output)
  }

  /// `riverbend.svg`, `riverbend.sharing.svg`, `riverbend.intercept-2.svg`.
  static func fileName(for file: String, view: MapView, format: PictureFormat) -> String {
    let stem = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
    let suffix =
      switch view {
      case .map: ""
      case .sharing: ".sharing"
      case .opportunities: ".opportunities"
      case .intercept(let number): ".intercept-\(number.value)"
      }
    return "\(stem)\(suffix).\(format.rawValue)"
  }

  private func relativeFolder(of file: String) -> String {
    guard let slash = file.lastIndex(of: "/") else { return "" }
    return String(file[..<slash])
  }

  private static func join(_ folder: String, _ name: String) -> String {
    if folder.isEmpty { return name }
    return folder.hasSuffix("/") ? folder + name : folder + "/" + name
  }
}
