// Readable dumps of the annotator's results.
//
// Contract: the text dump lists every class with its instance attributes,
// the module's run-time globals, and every function specialisation with its
// signature and the type of each local variable (the union over the SSA
// variables that hold that Python name), in a deterministic order. The JSON
// has the same content for tests and tools.
#pragma once

#include <iosfwd>
#include <nlohmann/json.hpp>

#include "annotator/annotator.h"

namespace krait::annotator {

void dump_text(std::ostream& out, const Annotator& annotator);
nlohmann::ordered_json dump_json(const Annotator& annotator);

}  // namespace krait::annotator
