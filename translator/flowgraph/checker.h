// The flow-graph invariant checker.
//
// Contract: check_graph() returns one message per broken invariant of
// graph.h's contract (empty when the graph is well formed): single
// assignment, block-local variables, link arity, exit-switch shape,
// exception exits, the shapes of the return and except blocks, and operation
// arity. The builder calls verify_graph() after building each graph; in
// debug builds (NDEBUG not defined) a broken graph aborts with the messages,
// and every test checks the graphs it builds.
#pragma once

#include <string>
#include <vector>

#include "translator/flowgraph/graph.h"

namespace krait::flow {

std::vector<std::string> check_graph(const FunctionGraph& graph);

// Aborts with the checker's messages when the graph is broken (debug builds only).
void verify_graph(const FunctionGraph& graph);

}  // namespace krait::flow
