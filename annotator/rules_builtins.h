// Typing rules for built-in functions (len, range, print, math.sqrt ...) and
// for the methods of built-in types (list.append, str.split, dict.get ...).
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "annotator/call_binding.h"
#include "annotator/rules.h"
#include "annotator/special_methods.h"

namespace krait::annotator {

// A call's arguments: positional (a *tuple already expanded) and keyword.
struct CallSite {
  std::vector<CallArg> positional;
  std::vector<std::pair<std::string, CallArg>> keywords;

  Type type_of(OpContext& ctx, const CallArg& arg) const;
};

// Decodes simple_call / call_args; nullopt after an error.
std::optional<CallSite> decode_call(OpContext& ctx);

Type call_builtin(OpContext& ctx, const CallSite& site, const flow::BuiltinEntity* builtin);
// The special method a call of a builtin (len, abs, bool, ...) runs on an
// instance, with the call's operands.
std::optional<SpecialCall> special_builtin_call(OpContext& ctx, const CallSite& site,
                                                const std::string& builtin);
Type call_builtin_method(OpContext& ctx, const CallSite& site, const Type& receiver,
                         const std::string& name);

}  // namespace krait::annotator
