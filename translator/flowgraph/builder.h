// The flow-graph builder: from a function's syntax tree to a FunctionGraph.
//
// Contract: build_function_graph() turns one function (or, with
// build_module_graph(), a module's top-level statements) into a graph that
// satisfies graph.h's invariants. Statements disappear: loops, `break`,
// `continue`, loop `else`, `try`/`except`/`else`/`finally`, `with`, `for`
// over any iterable (iter/next with a StopIteration exit), short-circuit
// `and`/`or`, conditional expressions, comprehensions, `assert`, chained
// comparisons, augmented assignment, unpacking and `global` all become
// blocks and links. Names bound at module level resolve to constants
// (folded values, functions, classes, modules) or to load_global /
// store_global; builtins resolve to builtin entities.
//
// Inside a `try`, every operation that may raise ends its block with an
// exception exit to the handler; outside one, exceptions leave the graph
// implicitly (RPython's rule), so the backend propagates them.
//
// Constructs outside the language Krait accepts are reported to the sink
// with a message that names them; the function then yields no graph.
#pragma once

#include <memory>

#include "translator/diagnostics/diagnostic.h"
#include "translator/flowgraph/graph.h"
#include "translator/flowgraph/program.h"

namespace krait::flow {

std::unique_ptr<FunctionGraph> build_function_graph(Program& program,
                                                    const FunctionEntity& function,
                                                    DiagnosticSink& sink);

// The graph of a module's top-level code ("<module>"): it stores the module's
// run-time globals and runs its statements in order.
std::unique_ptr<FunctionGraph> build_module_graph(Program& program, const ModuleEntity& module,
                                                  DiagnosticSink& sink);

}  // namespace krait::flow
