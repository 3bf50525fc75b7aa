// Clean-ups the builder runs on every graph before checking it.
//
// Contract: simplify_graph() keeps the graph's meaning and invariants and
// makes it smaller to read and to translate: (1) block inputs that nothing
// uses are removed together with the values links pass for them; (2) a block
// that is the only successor of a block with a single plain exit, and has no
// other predecessor, is merged into it.
#pragma once

#include "translator/flowgraph/graph.h"

namespace krait::flow {

void simplify_graph(FunctionGraph& graph);

}  // namespace krait::flow
