import Testing

/// Groups every suite that renders through the engine so that they run one after another.
///
/// The engine serialises Graphviz calls itself; running the suites serially in addition keeps
/// the memory measurement free of allocations made by unrelated tests.
@Suite(.serialized) enum GraphvizEngineSuites {}
