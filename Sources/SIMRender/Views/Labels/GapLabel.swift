import SIMModel

/// The text of a gap's box: the GAP marker, severity and the workshop's words.
struct GapLabel {
  let theme: Theme

  /// The marker, then the gap's text; with `detailed`, also the practice that would close it.
  func label(_ gap: Gap, detailed: Bool = false) -> HTMLLabel {
    let runs = theme.runs
    let width = detailed ? runs.descriptionWidth : runs.nameWidth
    var builder = LabelBuilder(alignment: detailed ? .left : .center)
    var marker = theme.gap.marker ?? ""
    if gap.severity != .medium { marker += (marker.isEmpty ? "" : " · ") + gap.severity.rawValue }
    builder.add(marker, runs.marker, width: width)
    builder.add(gap.text, runs.body, width: width)
    if detailed {
      builder.add(
        labelled: "Would close it", gap.practice.map(Wording.identifier),
        labelStyle: runs.detailLabel, style: runs.detail, width: width)
    }
    return builder.label
  }
}
