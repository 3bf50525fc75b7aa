// Unicode character properties with Python's definitions.
//
// Each predicate answers for one code point what the matching `str` method
// answers for a one-character string (`'x'.isspace()`, ...), and
// `is_printable` is what `repr()` uses to decide whether to escape. ASCII is
// answered from tables; other code points from ICU's character database.
// CPython 3.11 uses Unicode 14.0 and Debian's ICU 72 uses 15.0, so the
// answers can differ only for the code points Unicode 15 newly assigned.
//
// Case mappings: `to_upper_full`/`to_lower_full` append the full mapping
// (SpecialCasing: 'ß'.upper() == 'SS'), `to_title_simple` is the one-to-one
// title-case mapping used by capitalize() and title().
#pragma once

#include <cstdint>

namespace krait::rt {

class StrBuilder;

bool is_space(uint32_t cp);      // str.isspace; also the split() separators
bool is_printable(uint32_t cp);  // str.isprintable
bool is_alpha(uint32_t cp);      // categories Lu Ll Lt Lm Lo
bool is_decimal(uint32_t cp);    // Numeric_Type=Decimal
bool is_digit(uint32_t cp);      // Numeric_Type=Decimal or Digit
bool is_numeric(uint32_t cp);    // Numeric_Type=Decimal, Digit or Numeric
bool is_upper(uint32_t cp);      // Uppercase property
bool is_lower(uint32_t cp);      // Lowercase property
bool is_title(uint32_t cp);      // category Lt
bool is_cased(uint32_t cp);      // Cased property

void to_upper_full(uint32_t cp, StrBuilder& out);
void to_lower_full(uint32_t cp, StrBuilder& out);
uint32_t to_title_simple(uint32_t cp);

}  // namespace krait::rt

namespace krait::rt {

class Str;
// str.upper() / str.lower() of a whole string: full mappings with context
// (final sigma), as CPython does.
Str upper_full(Str s);
Str lower_full(Str s);

}  // namespace krait::rt
