// The AST as JSON in the shape of CPython's
// `ast.dump(tree, include_attributes=True)`; the exact rules (node objects,
// constant encodings, identifiers) are written down in AST_JSON.md, and the
// comparison tool in tests/parser/ relies on them.
#pragma once

#include <nlohmann/json.hpp>

#include "translator/syntax/ast.h"

namespace krait::syntax {

nlohmann::ordered_json to_cpython_json(const ast::Module& module);

// The JSON form of a Constant's value (AST_JSON.md, "Constant.value").
nlohmann::ordered_json constant_to_json(const ast::ConstantValue& value);

}  // namespace krait::syntax
