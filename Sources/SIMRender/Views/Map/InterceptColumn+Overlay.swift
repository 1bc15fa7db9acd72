extension InterceptColumn {
  /// The boxes of the opportunities view's notes for this intercept.
  func overlayNodes() -> [DOTNode] {
    overlay.enumerated().map { index, note in
      let style = note.kind == .missingPractice ? theme.missingPractice : theme.opportunity
      let runs = theme.runs
      var builder = LabelBuilder()
      if note.kind != .more {
        builder.add(optional: style.marker, runs.marker, width: runs.nameWidth)
      }
      builder.add(note.title, runs.body, width: runs.nameWidth)
      for detail in note.details { builder.add(detail, runs.detail, width: runs.nameWidth) }
      return DOTNode(
        "i\(intercept.number.value)_note\(index)", style.attributes.merging([.label: builder.label])
      )
    }
  }
}
