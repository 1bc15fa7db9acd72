/// The DOT renderer arrives with the rendering work.
enum SIMRenderPlaceholder {}
