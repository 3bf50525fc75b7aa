// Out-of-line parts of the builtins: errors, ord/chr, divmod, pow with modulus.
#include "runtime/builtins.h"

#include <string>

namespace krait::rt {

void raise_range_step_zero() {
  raise_value_error("range() arg 3 must not be zero");
}

void raise_empty_extreme(const char* fn) {
  raise_value_error(Str(std::string(fn) + "() arg is an empty sequence"));
}

Tuple<double, double> divmod(double a, double b) {
  if (b == 0.0) raise_zero_division("float divmod()");
  double q, m;
  float_divmod_parts(a, b, &q, &m);
  return {q, m};
}

int64_t int_pow_mod(int64_t base, int64_t exp, int64_t mod) {
  if (mod == 0) raise_value_error("pow() 3rd argument cannot be 0");
  if (exp < 0) raise_value_error("base is not invertible for the given modulus");
  __int128 m = mod < 0 ? -static_cast<__int128>(mod) : mod;
  __int128 result = 1 % m, b = ((base % m) + m) % m;
  for (; exp > 0; exp >>= 1, b = b * b % m) {
    if (exp & 1) result = result * b % m;
  }
  auto r = static_cast<int64_t>(result);
  // The result takes the sign of the modulus, like %.
  return mod < 0 && r != 0 ? r + mod : r;
}

int64_t ord(Str s) {
  if (s.len() != 1) {
    raise_type_error(Str("ord() expected a character, but string of length " +
                         std::to_string(s.len()) + " found"));
  }
  return s.codepoint_at(0);
}

namespace {
Str int_in_base(int64_t v, unsigned base, const char* prefix) {
  uint64_t magnitude = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  std::string digits;
  do {
    digits.insert(digits.begin(), "0123456789abcdef"[magnitude % base]);
    magnitude /= base;
  } while (magnitude != 0);
  return Str((v < 0 ? "-" : "") + std::string(prefix) + digits);
}
}  // namespace

Str int_bin(int64_t v) {
  return int_in_base(v, 2, "0b");
}
Str int_oct(int64_t v) {
  return int_in_base(v, 8, "0o");
}
Str int_hex(int64_t v) {
  return int_in_base(v, 16, "0x");
}

void raise_unpack_mismatch(int64_t size, int64_t n) {
  if (size > n)
    raise_value_error(Str("too many values to unpack (expected " + std::to_string(n) + ")"));
  raise_value_error(Str("not enough values to unpack (expected " + std::to_string(n) + ", got " +
                        std::to_string(size) + ")"));
}

void raise_unpack_too_short(int64_t size, int64_t n) {
  raise_value_error(Str("not enough values to unpack (expected at least " + std::to_string(n) +
                        ", got " + std::to_string(size) + ")"));
}

Str chr(int64_t cp) {
  if (cp < 0 || cp > 0x10FFFF) raise_value_error("chr() arg not in range(0x110000)");
  return Str::from_codepoint(static_cast<uint32_t>(cp));
}

}  // namespace krait::rt
