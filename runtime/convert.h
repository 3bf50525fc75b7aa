// Conversions between str and numbers: int(s), int(s, base), float(s), str(int).
//
// `int_from_str` accepts exactly CPython's syntax: surrounding whitespace, a
// sign, digits of the base with single underscores between them, a
// 0x/0o/0b prefix for base 16/8/2 (and for base 0, which also rejects
// leading zeros such as '010'); errors are `ValueError: invalid literal for
// int() with base 10: 'abc'` (repr of the argument). A value beyond 64 bits
// raises OverflowError (Krait's checked int mode). Only ASCII digits are
// accepted (CPython also takes other Unicode decimal digits).
// `float_from_str` accepts CPython's float syntax (with underscores,
// inf/infinity/nan in any case, whitespace) and rounds correctly;
// errors are `ValueError: could not convert string to float: 'x'`.
#pragma once

#include <cstdint>
#include <string>

#include "runtime/str.h"

namespace krait::rt {

int64_t int_from_str(Str s, int64_t base = 10);
// int(s, base)'s reading of s, validated (ValueError with CPython's message
// otherwise): the sign, the base, and the digits without underscores.
struct IntText {
  bool negative = false;
  int base = 10;
  std::string digits;
};
IntText scan_int_text(Str s, int64_t base);
double float_from_str(Str s);
void int_to_str(StrBuilder& out, int64_t v);

}  // namespace krait::rt
