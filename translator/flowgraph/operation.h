// The operation set of Krait's flow graphs.
//
// Contract: every operation in a flow graph has one OpKind from the table in
// operations.def, a fixed or variadic number of arguments, and one result.
// The table is the vocabulary shared by the flow-graph builder (which emits
// these operations), the annotator (which gives each a typing rule) and the
// backend (which lowers each to typed C++). Adding an operation means adding
// a line to the table and a rule in each of those stages.
#pragma once

#include <optional>
#include <string_view>

namespace krait::flow {

enum class OpKind {
#define OP(kind, name, arity) kind,
#include "translator/flowgraph/operations.def"
#undef OP
};

// "add", "simple_call", ...
std::string_view op_name(OpKind kind);

// Number of arguments, or -1 for variadic operations.
int op_arity(OpKind kind);

// Operations that never raise, so they do not end a block inside `try`
// (and need no traceback site).
bool op_never_raises(OpKind kind);

std::optional<OpKind> op_from_name(std::string_view name);

// The operation an in-place one computes on immutable values (`x += 1` is
// `x + 1`); other kinds are returned unchanged.
OpKind plain_kind(OpKind kind);

}  // namespace krait::flow
