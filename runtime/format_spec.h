// format(value, spec): Python's format-spec mini-language.
//
// `format(x, spec)` implements `format()`, `str.format` replacement fields
// and f-string `{x:spec}` for int, float, bool, str and instances, exactly as CPython
// 3.11: [[fill]align][sign][z][#][0][width][grouping][.precision][type] with
// align `<>=^`, sign `+- `, grouping `,` or `_`, and the types
// d b o x X c n (int), e E f F g G n % (float; ints format as floats
// with these), s (str), and none. Errors raise ValueError with CPython's
// messages ("Unknown format code 'd' for object of type 'float'", ...).
// `n` uses no locale, so it is `d` / `g`. A bool formats as 'True'/'False'
// with an empty spec and as the int 1/0 otherwise, as CPython does.
#pragma once

#include <concepts>
#include <cstdint>
#include <string>

#include "runtime/object.h"
#include "runtime/repr.h"
#include "runtime/str.h"

namespace krait::rt {

struct FormatSpec {
  uint32_t fill = ' ';
  char align = 0;  // 0 when not given
  char sign = 0;
  bool no_neg_zero = false;  // 'z'
  bool alternate = false;
  int64_t width = -1;
  char grouping = 0;
  int64_t precision = -1;
  char type = 0;
};

// Parses spec; `type_name` is used in error messages ('int', 'float', 'str').
FormatSpec parse_format_spec(Str spec, const char* type_name);

Str format(int64_t value, Str spec);
// An int as format_int sees it: the sign, the magnitude's lowercase digits
// in base 2, 8, 10 or 16, the value as a float (e f g %) and as a code point
// ('c'; anything outside 0..0x10FFFF is out of range). big_int_text.cc
// formats Ints through it.
struct IntDigits {
  virtual ~IntDigits() = default;
  virtual bool negative() const = 0;
  virtual std::string magnitude(int base) const = 0;
  virtual double to_double() const = 0;
  virtual int64_t code_point() const = 0;
};
// format(x, spec) of an int with a non-empty spec.
Str format_int(const IntDigits& value, Str spec);
Str format(double value, Str spec);
Str format_bool(bool value, Str spec);
// Exactly bool: a pointer must never convert to bool and format as True.
template <std::same_as<bool> B>
Str format(B value, Str spec) {
  return format_bool(value, spec);
}
Str format(Str value, Str spec);
// object.__format__: str(value) for an empty spec, else TypeError
// "unsupported format string passed to P.__format__".
Str format(Object* value, Str spec);
// format(None, spec): 'None' for an empty spec, else TypeError.
Str format(NoneType value, Str spec);
inline Str format(int value, Str spec) {
  return format(static_cast<int64_t>(value), spec);
}

// Pads `body` (code points) to spec.width with spec.fill by spec.align,
// using `default_align` when none was given.
void pad_to_width(StrBuilder& out, Str body, const FormatSpec& spec, char default_align);

}  // namespace krait::rt
