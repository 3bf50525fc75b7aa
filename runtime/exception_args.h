// exc_args(a, b, ...): the arguments of an exception constructor call.
//
// `raise ValueError("bad", 3)` becomes
// `rt::raise(rt::gc_new<rt::ValueError>(rt::exc_args(Str("bad"), int64_t{3})))`;
// the arguments are rendered once, to what str(e) and repr(e) need. A single
// Str argument can also be passed directly: `gc_new<ValueError>(Str("bad"))`.
#pragma once

#include "runtime/exceptions.h"
#include "runtime/repr.h"

namespace krait::rt {

template <class... Ts>
ExcArgs exc_args(const Ts&... args) {
  ExcArgs a;
  a.nargs = sizeof...(Ts);
  StrBuilder reprs;
  bool first = true;
  auto one = [&](const auto& x) {
    if (!first) reprs.append(", ");
    first = false;
    repr_to(reprs, x);
    if (sizeof...(Ts) == 1) a.str_of_single = str(x);
  };
  (one(args), ...);
  a.reprs = reprs.finish();
  return a;
}

}  // namespace krait::rt
