// The lattice's join.
//
// Contract: unite(a, b) returns the least type containing a and b, merging
// shared definitions (lists, dicts) as a side effect. When no such type
// exists, `error` holds a short reason in the user's terms ("int and str
// cannot share a variable") and `type` is meaningless; the caller adds the
// provenance of each side and reports it. Tuples of one length unite item by
// item; tuples of different lengths (or a variadic one) unite into the
// variadic tuple of the union of all their items (`tuple[str, ...]`), as
// CPython lets any tuples share a variable.
#pragma once

#include <optional>
#include <string>

#include "annotator/defs.h"
#include "annotator/types.h"

namespace krait::annotator {

struct UnionResult {
  Type type;
  std::optional<std::string> error;
};

// `reflow` receives the readers of shared slots whose type changed when two
// lists or dicts were merged.
UnionResult unite(const Type& a, const Type& b, std::set<Reader>* reflow = nullptr);

// The union of the items of a tuple (fixed or variadic), or an error.
UnionResult tuple_items_union(const Type& tuple, std::set<Reader>* reflow = nullptr);

// The type with any translation-time constant dropped (what a parameter of a
// specialised function or a widened slot holds).
Type without_constant(const Type& t);

}  // namespace krait::annotator
