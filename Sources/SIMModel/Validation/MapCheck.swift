/// Loads and validates a map in one call: what `simmap validate` does for each file.
public enum MapCheck {
  /// Every problem in the file at `path`, sorted, with the map when it could be read.
  public static func run(path: String, options: LoadOptions = LoadOptions()) -> LoadResult {
    var result = MapLoader(options: options).load(path: path)
    if let loaded = result.loaded {
      result.diagnostics = (result.diagnostics + MapValidator().validate(loaded)).sorted()
    }
    return result
  }

  /// Every problem in map text, sorted, with the map when it could be read.
  public static func run(text: String, file: String, options: LoadOptions = LoadOptions())
    -> LoadResult
  {
    var result = MapLoader(options: options).load(text: text, file: file)
    if let loaded = result.loaded {
      result.diagnostics = (result.diagnostics + MapValidator().validate(loaded)).sorted()
    }
    return result
  }
}
