// Umbrella header for the system Graphviz C library (libgvc, libcgraph, libcdt).
// Headers come from the installed Graphviz via pkg-config (`-I/usr/include/graphviz`);
// nothing is vendored, so the Swift wrapper always compiles against the ABI it links.
#ifndef CGRAPHVIZ_SHIM_H
#define CGRAPHVIZ_SHIM_H

#include <gvc.h>
#include <cgraph.h>

// cgraph's default disciplines are mutable C globals, which Swift 6 refuses to reference.
// These accessors hand out their (stable) addresses instead.
static inline Agmemdisc_t *cgraphviz_default_memory_discipline(void) { return &AgMemDisc; }
static inline Agiodisc_t *cgraphviz_default_io_discipline(void) { return &AgIoDisc; }

#endif
