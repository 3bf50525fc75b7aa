// repr() of a str, exactly as CPython writes it.
//
// The quote is ' unless the text contains ' and no ", then ". Backslash and
// the chosen quote are escaped; \t \n \r use their short escapes; other
// non-printable code points (see unicode.h) become \xHH, \uHHHH or
// \UHHHHHHHH by size; printable non-ASCII characters stay as they are.
#pragma once

#include "runtime/str.h"

namespace krait::rt {

void str_repr_to(StrBuilder& out, Str s);
Str str_repr(Str s);

// ascii() of a repr: its non-ASCII code points escaped as \xHH, \uHHHH or
// \UHHHHHHHH (what `!a` and ascii() print).
Str ascii_escape(Str repr);

}  // namespace krait::rt
