// Typing rules of the flow-graph operations, one area per file:
// rules_arith.cc (numbers, comparisons, truth), rules_containers.cc (str,
// list, tuple, dict, iteration), rules_sets.cc (sets and frozensets),
// rules_bytes.cc (bytes and bytearray),
// rules_calls.cc (calls of functions, classes, builtins and methods),
// rules_attrs.cc (attributes).
//
// Contract: annotate_op() returns the type of the operation's result for
// the given argument types (none of them impossible), or impossible when the
// operation cannot complete (yet) or after reporting an error through the
// Annotator. It may add Narrowings that the result (a bool) implies.
#pragma once

#include <vector>

#include "annotator/annotator.h"
#include "annotator/special_methods.h"

namespace krait::annotator {

struct OpContext {
  Annotator& annotator;
  Specialization& spec;
  const flow::Operation& op;
  const std::vector<Type>& args;
  std::vector<Narrowing>& narrowings;

  // What an earlier bool result tells (its narrowings), if anything.
  const std::vector<Narrowing>& annotator_narrowings(const flow::Value* value) const {
    return annotator.narrowings_of(value);
  }
};

Type annotate_op(OpContext& ctx);

// The special method `call` of an operation or builtin call (its operand
// numbers are operands of ctx.op), with overrides in subclasses.
Type call_special(OpContext& ctx, const SpecialCall& call);
// obj.name = value through a property's setter (ctx: the setattr).
Type call_property_setter(OpContext& ctx, const flow::FunctionEntity* setter);

Type annotate_arith(OpContext& ctx);
Type annotate_container(OpContext& ctx);
Type annotate_call(OpContext& ctx);
Type annotate_attribute(OpContext& ctx);

// getslice(tuple, lo, hi, None) with constant bounds: the items [first, second).
std::optional<std::pair<int64_t, int64_t>> tuple_slice(const std::vector<Type>& args);
// Sets (rules_sets.cc): a set display; `a | b` and the other set operators
// (both operands sets); the two sets of a comparison share their item type
// (false after reporting).
Type new_set_display(OpContext& ctx);
Type set_operator(OpContext& ctx);
bool share_set_items(OpContext& ctx, const Type& a, const Type& b);

// bytes (rules_bytes.cc): a bytes or bytearray that is not None; the type
// of `a op b` when it is an operation on byte sequences (nullopt when it is
// not; impossible after reporting bytes mixed with str).
bool is_bytes_like(const Type& t);
std::optional<Type> bytes_operator(OpContext& ctx, flow::OpKind kind, const Type& a, const Type& b);

// The iterator over a value of type `t` (shared by iter() and the builtins
// that consume iterables).
Type iterator_over(OpContext& ctx, const Type& t);

// type(x) / x.__class__ of an instance: its class or any subclass in the
// program (instantiated or not yet: the type must not change later).
Type class_of_instance(OpContext& ctx, const Type& instance);

// Errors with the operation's location; return impossible.
Type op_error(OpContext& ctx, const std::string& message);

}  // namespace krait::annotator
