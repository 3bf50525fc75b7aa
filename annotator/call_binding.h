// Binding a call's arguments to a Python function's parameters.
//
// Contract: bind_call() maps the arguments of one call site (positional
// arguments, keyword arguments by name, a trailing *tuple expanded item by
// item) to the parameters of a def, filling defaults, packing extra
// positional arguments into the *args tuple and extra keyword arguments
// into the **kwargs dict, and reporting what CPython
// would raise as a TypeError ("f() missing 1 required positional argument:
// 'b'"). The annotator types calls with it and the backend emits the same
// argument order from it, so the two can never disagree.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "translator/flowgraph/constant.h"
#include "translator/flowgraph/program.h"

namespace krait::annotator {

// One argument of the call, as the call site provides it.
struct CallArg {
  int operand;          // index among the call operation's value arguments
  int tuple_item = -1;  // >= 0: this item of a *tuple argument; kStarredList: *list
};

// `f(a, *items)` with a list: its length is not known, so it must fill the
// callee's *args parameter (which is then a list, not a tuple).
inline constexpr int kStarredList = -2;

// The receiver of a method call (or the instance being initialised), bound
// to the first parameter: not one of the operation's operands (a special
// method's receiver may be any operand: `b.__radd__(a)` for `a + b`).
inline constexpr int kReceiver = -1;

struct ParamBinding {
  enum class Kind { kArg, kDefault, kVarargs, kKwargs } kind = Kind::kArg;
  CallArg arg{0};                  // kArg
  flow::ConstValue default_value;  // kDefault
  std::string default_global;      // kDefault computed when the def ran: this module global
  std::vector<CallArg> varargs;    // kVarargs: the items of the *args tuple, or one kStarredList
  std::vector<std::pair<std::string, CallArg>> kwargs;  // kKwargs: the **kwargs dict's items
};

struct CallBinding {
  std::vector<ParamBinding> params;  // one per parameter, in order
  std::optional<std::string> error;  // CPython's TypeError text
};

// `positional` are the positional arguments (a *tuple already expanded),
// `keywords` the keyword arguments as (name, argument).
CallBinding bind_call(const flow::FunctionEntity& fn, const std::vector<CallArg>& positional,
                      const std::vector<std::pair<std::string, CallArg>>& keywords);

// A parameter's default value, when it is a constant Krait can evaluate.
std::optional<flow::ConstValue> default_value(const flow::FunctionEntity& fn, size_t param);

}  // namespace krait::annotator
