// Special methods the runtime calls on instances inside containers.
//
// Contract. sorted(), min(), max() and list.sort() without key= compare
// instances with their class's __lt__, and `in`, index(), count() and
// remove() of lists compare them with __eq__: calls made by runtime code,
// not by an operation of a flow graph. annotate_instance_hook() types them:
// for the class of `item` (when it is an instance) and its subclasses, each
// class that defines `method` itself has it annotated as (self: C, other:
// C) -> bool, so the backend can emit the rt::Object hook that calls it
// (backend/emit_program.cc: instance_hook). False after reporting an error.
#pragma once

#include "annotator/rules.h"

namespace krait::annotator {

// The hooks: the special method and the rt::Object member that calls it.
struct InstanceHook {
  const char* method;  // "__lt__"
  const char* member;  // "lt_hook"
};
inline constexpr InstanceHook kInstanceHooks[] = {{"__lt__", "lt_hook"}, {"__eq__", "eq_hook"}};

bool annotate_instance_hook(OpContext& ctx, const Type& item, const char* method);

// any() and all() test the truth of instances with their class's __bool__
// (or __len__): each class of `item`'s chain and subclasses that defines
// one itself has it annotated as (self: C), so the backend can emit the
// rt::Object::bool_hook that calls it. False after reporting an error.
bool annotate_truth_hook(OpContext& ctx, const Type& item);

}  // namespace krait::annotator
