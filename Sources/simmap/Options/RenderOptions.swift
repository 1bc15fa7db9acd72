import ArgumentParser
import GraphvizKit
import SIMModel
import SIMRender

/// The picture formats `simmap render` writes.
enum PictureFormat: String, FileFormat {
  case svg, png, pdf, dot, json

  init?(fileExtension: String) {
    self.init(rawValue: fileExtension == "gv" ? "dot" : fileExtension)
  }

  /// The Graphviz format, or nil for DOT, which simmap writes itself.
  var graphviz: GraphvizFormat? {
    switch self {
    case .svg: .svg
    case .png: .png
    case .pdf: .pdf
    case .json: .json
    case .dot: nil
    }
  }
}

/// A `--view` value: one view, or all of them.
enum ViewChoice: ExpressibleByArgument {
  case one(MapView)
  case all

  init?(argument: String) {
    let argument = argument.lowercased()
    if argument == "all" {
      self = .all
    } else if let view = MapView(parsing: argument) {
      self = .one(view)
    } else {
      return nil
    }
  }

  static var allValueStrings: [String] {
    ["map", "sharing", "opportunities", "intercept:0", "…", "intercept:5", "all"]
  }

  var defaultValueDescription: String {
    switch self {
    case .one(let view): view.description
    case .all: "all"
    }
  }

  var views: [MapView] {
    switch self {
    case .one(let view): [view]
    case .all: MapView.all
    }
  }
}

extension Theme: ExpressibleByArgument {
  /// The theme a `--theme` value names.
  package init?(argument: String) {
    guard let theme = Theme.named(argument.lowercased()) else { return nil }
    self = theme
  }

  /// The theme names help lists.
  package static var allValueStrings: [String] { Theme.names }

  /// How help shows a theme as a default: by its name.
  package var defaultValueDescription: String { name }
}
