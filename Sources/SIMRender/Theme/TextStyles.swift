/// Run styles for each kind of text in labels.
struct TextStyles {
  let fonts: Theme.Fonts
  let palette: Theme.Palette
  let spacing: Theme.Spacing

  /// A box's name.
  var name: HTMLRun.Style { HTMLRun.Style(isBold: true, pointSize: fonts.body) }
  /// Body text that is not a name.
  var body: HTMLRun.Style { HTMLRun.Style(pointSize: fonts.body) }
  /// Second lines: agencies, figures.
  var detail: HTMLRun.Style { HTMLRun.Style(pointSize: fonts.detail) }
  /// A label such as "Capacity:" before a detail.
  var detailLabel: HTMLRun.Style { HTMLRun.Style(isBold: true, pointSize: fonts.detail) }
  /// Status words such as "(planned)" or "GAP".
  var marker: HTMLRun.Style { HTMLRun.Style(isBold: true, isItalic: true, pointSize: fonts.detail) }
  /// Notes and asides.
  var note: HTMLRun.Style { HTMLRun.Style(isItalic: true, pointSize: fonts.detail) }
  /// Column and group headings.
  var heading: HTMLRun.Style { HTMLRun.Style(isBold: true, pointSize: fonts.heading) }
  /// The map's title.
  var title: HTMLRun.Style { HTMLRun.Style(isBold: true, pointSize: fonts.title) }
  /// Lines under the title.
  var subtitle: HTMLRun.Style { HTMLRun.Style(pointSize: fonts.subtitle) }
  /// Edge labels.
  var edge: HTMLRun.Style { HTMLRun.Style(pointSize: fonts.edge) }
  /// Bold edge labels.
  var edgeMarker: HTMLRun.Style { HTMLRun.Style(isBold: true, pointSize: fonts.edge) }

  /// Characters per line for names.
  var nameWidth: Int { spacing.wrapWidth }
  /// Characters per line for detail text, so it fills about the width of a name line.
  var detailWidth: Int {
    Int((Double(spacing.wrapWidth) * fonts.body / max(fonts.detail, 1)).rounded(.down))
  }
  /// Characters per line for descriptions in detail views.
  var descriptionWidth: Int { spacing.detailWrapWidth }
  /// Characters per line for headings.
  var headingWidth: Int {
    Int((Double(spacing.wrapWidth + 6) * fonts.body / max(fonts.heading, 1)).rounded(.down))
  }
}
