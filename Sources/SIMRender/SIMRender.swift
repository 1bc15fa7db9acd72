/// Placeholder until the renderer lands.
enum SIMRenderPlaceholder {}
