extension Theme {
  /// Run styles for each kind of text, taken from the theme's fonts.
  var runs: TextStyles { TextStyles(fonts: fonts, palette: palette, spacing: spacing) }
}
