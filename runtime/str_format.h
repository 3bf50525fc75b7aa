// str.format: `'{} {:>5} {name}'.format(a, b, name=c)`.
//
// Replacement fields `{}` (automatic numbering), `{0}` (manual), `{name}`
// (a keyword argument), with an optional conversion `!s`/`!r`/`!a` and a
// format spec `:spec` (format_spec.h; nested `{}` inside a spec are not
// supported); `{{` and `}}` are literal braces. Field names with attributes
// or indexes are not supported.
// Errors are CPython's ("Single '}' encountered in format string",
// "Replacement index 1 out of range for positional args tuple", ...).
#pragma once

#include <initializer_list>

#include "runtime/fmt_arg.h"
#include "runtime/str.h"

namespace krait::rt {

// A keyword argument of str.format: `'{name}'.format(name=x)`.
struct NamedFmtArg {
  const char* name;
  FmtArg arg;
};

Str str_format(Str fmt, std::initializer_list<FmtArg> args,
               std::initializer_list<NamedFmtArg> named = {});

}  // namespace krait::rt
