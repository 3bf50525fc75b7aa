// str.format with positional arguments: `'{} {:>5}'.format(a, b)`.
//
// Replacement fields `{}` (automatic numbering), `{0}` (manual), with an
// optional conversion `!s`/`!r`/`!a` and a format spec `:spec` (format_spec.h;
// nested `{}` inside a spec are not supported); `{{` and `}}` are literal
// braces. Field names with attributes, indexes or keywords are not
// supported: the backend lowers keyword arguments to positions first.
// Errors are CPython's ("Single '}' encountered in format string",
// "Replacement index 1 out of range for positional args tuple", ...).
#pragma once

#include <initializer_list>

#include "runtime/fmt_arg.h"
#include "runtime/str.h"

namespace krait::rt {

Str str_format(Str fmt, std::initializer_list<FmtArg> args);

}  // namespace krait::rt
