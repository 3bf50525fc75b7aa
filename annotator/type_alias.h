// Type expressions evaluated at run time: `Dataset = list[tuple[int, str]]`
// and `Maybe = Node | None` (aliases used in annotations).
//
// Contract: alias_type() gives the value of subscripting a built-in type
// (list, dict, tuple, set, frozenset, type) or of `|` between types and
// aliases: a str constant holding the text CPython prints for it
// ("list[tuple[int, str]]", "Node | None"), or nullopt when the operands
// are not types. Krait does not model typing objects; printing an alias
// gives CPython's text, other uses see a str.
#pragma once

#include <optional>

#include "annotator/types.h"
#include "translator/flowgraph/operation.h"

namespace krait::annotator {

std::optional<Type> alias_type(flow::OpKind kind, const Type& left, const Type& right);

}  // namespace krait::annotator
