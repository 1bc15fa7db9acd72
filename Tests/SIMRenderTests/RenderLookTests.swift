import Foundation
import SIMModel
import Testing

@testable import SIMRender

/// Writes DOT for every map, view and theme to `$RENDER_LOOK` so people can render and look at
/// the pictures; skipped unless that variable names a folder.
struct RenderLookTests {
  static let folder = ProcessInfo.processInfo.environment["RENDER_LOOK"]

  @Test(
    "writes every view of every map for a visual check",
    .enabled(if: folder != nil, "set RENDER_LOOK=<folder> to write pictures' DOT"))
  func writeAll() throws {
    let folder = try #require(Self.folder)
    let paths =
      [Fixture.path("riverbend.yaml")] + Fixture.maps(in: "Maps") + Fixture.maps(in: "Examples")
    for path in paths {
      let map = try Fixture.load(path: path)
      let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
      for theme in Theme.all {
        for view in MapView.all {
          let dot = DOTRenderer(theme: theme).render(map, view: view)
          let name =
            "\(stem)--\(view.description.replacingOccurrences(of: ":", with: ""))--\(theme.name).dot"
          try dot.write(
            toFile: (folder as NSString).appendingPathComponent(name), atomically: true,
            encoding: .utf8)
        }
      }
    }
  }
}
