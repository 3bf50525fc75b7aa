// Operations on instances that run the class's special methods.
//
// Contract. special_call() decides, from an operation's kind and its
// operands' types, whether Python would run a user-defined special method
// for it: `a + b` is a.__add__(b) when a's class defines __add__, else
// b.__radd__(a) when b's does; `x[i]` is x.__getitem__(i); `k in c` is
// c.__contains__(k); `a != b` is a.__ne__(b), or not a.__eq__(b); the truth
// of an instance is __bool__(), or __len__() != 0; `for x in obj` calls
// __iter__ and __next__ (StopIteration ends the loop). The annotator types
// such an operation as the method call (with overrides in subclasses, as
// for any method call) and the backend emits that call, so both read the
// same decision.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "annotator/types.h"
#include "translator/flowgraph/operation.h"

namespace krait::annotator {

struct SpecialCall {
  int receiver;           // the operand whose method runs
  std::vector<int> args;  // the operands passed to it, in order
  std::string method;     // "__add__", ...
  // What is done with the method's result: `!=` through __eq__ negates it,
  // truth through __len__ compares it with 0.
  enum class Then { kResult, kNot, kNonZero } then = Then::kResult;
};

// The special method an operation (or a call of the builtin `builtin`,
// e.g. "len", with `operand_types` its arguments) runs, if any.
std::optional<SpecialCall> special_call(flow::OpKind kind, const std::vector<Type>& operand_types);
std::optional<SpecialCall> special_builtin_call(const std::string& builtin,
                                                const std::vector<Type>& operand_types);

}  // namespace krait::annotator
