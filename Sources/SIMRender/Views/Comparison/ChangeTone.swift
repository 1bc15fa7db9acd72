/// Whether a difference or change is good news, bad news or neither, and how it is marked: a
/// sign in the text (so the meaning survives print and color blindness) and the theme's color.
enum ChangeTone: Hashable, Sendable {
  /// Only this map has it, or progress: added, closed, now in place.
  case gain
  /// The other map has it and this one lacks it, or a setback: ended, opened, removed.
  case loss
  /// Both maps have it, or a neutral change such as a rename.
  case same
  /// A core practice neither map has, or nothing to report.
  case quiet

  /// The sign written before the text.
  var sign: String {
    switch self {
    case .gain: "+"
    case .loss: "−"
    case .same: "="
    case .quiet: "·"
    }
  }

  /// The run style for text in this tone.
  func style(_ theme: Theme) -> HTMLRun.Style {
    var style = theme.runs.detail
    switch self {
    case .gain:
      style.isBold = true
      style.color = theme.exchanges.inPlace.color
    case .loss:
      style.isItalic = true
      style.color = theme.gap.border
    case .same: style.color = theme.palette.text
    case .quiet: style.color = theme.palette.mutedText
    }
    return style
  }
}
