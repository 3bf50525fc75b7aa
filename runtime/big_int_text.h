// Int as text (`--int=big`): str, repr, format specs, %-formatting,
// bin/oct/hex, and int(s) with no size limit.
//
// Contract: output is CPython's byte for byte, including its limit on
// decimal conversions (ValueError beyond 4300 digits, both ways; the
// power-of-two bases have no limit). `int_from_str_big` accepts what
// int_from_str accepts (convert.h).
#pragma once

#include "runtime/big_int.h"
#include "runtime/fmt_arg.h"
#include "runtime/format_spec.h"
#include "runtime/repr.h"

namespace krait::rt {

void big_to_str(StrBuilder& out, const Int& v);
inline void str_to(StrBuilder& out, const Int& v) {
  if (v.is_small()) {
    int_to_str(out, v.small());
  } else {
    big_to_str(out, v);
  }
}
inline void repr_to(StrBuilder& out, const Int& v) {
  str_to(out, v);
}
Str format(const Int& value, Str spec);
// A kBigInt FmtArg carries the decimal text; the formatters read it back.
FmtArg fmt_arg(const Int& v);
Int fmt_arg_int(const FmtArg& a);

Str int_bin(const Int& v);
Str int_oct(const Int& v);
Str int_hex(const Int& v);
Int int_from_str_big(Str s, int64_t base = 10);

}  // namespace krait::rt
