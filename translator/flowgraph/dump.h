// Readable dumps of flow graphs: text, JSON and Graphviz DOT.
//
// Contract: each dump lists the reachable blocks in FunctionGraph's order,
// names variables `name_id` (or `vID` when they hold no Python name) and
// constants by their Python repr, so the same graph always gives the same
// bytes. The JSON (nlohmann) is for tests and tools; the text is what
// `krait flowgraph` prints by default; the DOT renders with `dot -Tsvg`.
#pragma once

#include <iosfwd>
#include <nlohmann/json.hpp>
#include <string>

#include "translator/flowgraph/graph.h"

namespace krait::flow {

std::string value_name(const Value* value);

void dump_text(std::ostream& out, const FunctionGraph& graph);
nlohmann::ordered_json dump_json(const FunctionGraph& graph);
void dump_dot(std::ostream& out, const FunctionGraph& graph);

}  // namespace krait::flow
