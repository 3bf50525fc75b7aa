// The values of object-like #defines, from their replacement tokens.
//
// Contract: evaluate_macros keeps the macros whose replacement is a C integer
// constant expression or one or more string literals, in the order given,
// and drops the rest (types, function calls, anything it cannot evaluate).
// Integer expressions follow C's rules on x86-64 Linux: a literal's type
// (int, unsigned int, long, unsigned long) comes from its value, base and
// suffix; operands are converted as C converts them, and results wrap to the
// type's width, so `~0U` is 4294967295 and `-1L` is -1. An identifier is
// another such macro (evaluated on demand; cycles fail) or an enum constant.
// Division by zero fails. No Clang here: the reader hands over tokens.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "ctypes_support/c_decls.h"

namespace krait::ctypes_support {

struct MacroToken {
  enum class Kind { kNumber, kChar, kString, kIdentifier, kPunct };
  Kind kind = Kind::kPunct;
  std::string text;  // as written, with quotes and prefixes for literals
};

struct RawMacro {
  std::string name;
  std::vector<MacroToken> tokens;
  CLocation location;
  bool in_main_file = false;
};

// A C integer value with its type: 32 or 64 bits, signed or unsigned.
struct CInteger {
  uint64_t bits_value = 0;  // the value, truncated to `width` bits
  int width = 32;
  bool is_unsigned = false;
  int64_t as_signed() const;
};

std::vector<CMacro> evaluate_macros(const std::vector<RawMacro>& macros,
                                    const std::map<std::string, int64_t>& enum_constants);

// One integer literal ("0x10UL", "017", "42"); nullopt when malformed.
std::optional<CInteger> parse_integer_literal(const std::string& text);

// A string literal's bytes ("\"a\\n\"" gives "a\n"); nullopt for wide literals.
std::optional<std::string> decode_string_literal(const std::string& text);

// The tokens joined back with single spaces where C needs them.
std::string join_tokens(const std::vector<MacroToken>& tokens);

}  // namespace krait::ctypes_support
