// The flow-graph invariant checker.
//
// Contract: check_graph() returns one message per broken invariant of
// graph.h's contract (empty when the graph is well formed): single
// assignment, block-local variables, link arity, exit-switch shape,
// exception exits, the shapes of the start, return and except blocks, and
// operation arity. The builder calls verify_graph() after building each
// graph, in every build (the check is linear in the graph's size): a broken
// graph is reported as an internal error, so every program the test suite
// translates has its graphs checked.
#pragma once

#include <string>
#include <vector>

#include "translator/diagnostics/diagnostic.h"
#include "translator/flowgraph/graph.h"

namespace krait::flow {

std::vector<std::string> check_graph(const FunctionGraph& graph);

// Reports each broken invariant to `sink` as an internal error; true when
// the graph is well formed.
bool verify_graph(const FunctionGraph& graph, DiagnosticSink& sink);

}  // namespace krait::flow
