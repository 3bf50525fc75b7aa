// Decimal rendering of floats: repr() and the digit work of format specs.
//
// `float_repr_to` writes CPython's repr/str of a float: the shortest string
// that round-trips, in fixed notation when the decimal exponent is in
// [-4, 16) and otherwise as `1e+16`, `1.5e-05` (two-digit minimum exponent),
// with `.0` added to integral values, and `inf`, `-inf`, `nan`, `-0.0`.
//
// `float_format_abs` renders the MAGNITUDE of a finite or infinite value for
// a presentation type of the format-spec language, correctly rounded (via
// std::to_chars, ties resolved on the exact binary value as CPython does):
// 'e'/'E' and 'f'/'F' with `precision` digits after the point, 'g'/'G' with
// `precision` significant digits and trailing zeros removed unless
// `alternate`, and 'r' for the repr digits. `add_dot_0` appends ".0" to an
// integral fixed-notation result (Python's format with precision and no type).
// Signs, '%', fill and width are the caller's business (format_spec.cc).
#pragma once

#include "runtime/str.h"

namespace krait::rt {

void float_repr_to(StrBuilder& out, double x);
Str float_repr(double x);
void float_format_abs(StrBuilder& out, double ax, char type, int precision, bool alternate,
                      bool add_dot_0);

}  // namespace krait::rt
