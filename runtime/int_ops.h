// Python int arithmetic on int64_t.
//
// Default (checked) mode: every operation whose result might not fit in 64
// bits checks, and raises `OverflowError: integer overflow` where CPython
// would have produced a big int; the result is otherwise identical to
// CPython's. `*_wrap` variants implement `--int=wrap` (RPython's
// two's-complement wrap-around). Floor division and modulo take the sign of
// the divisor, as in Python. Zero divisors raise ZeroDivisionError with
// CPython's messages. `int_pow` needs a non-negative exponent: a negative
// one makes a float in Python, so the backend calls `float_pow` instead
// (float_ops.h). All functions are inline; the raise paths are out of line
// and take the operation's traceback site (runtime/traceback.h: note_site).
#pragma once

#include <cstdint>

#include "runtime/exceptions.h"

namespace krait::rt {

inline int64_t int_add(int64_t a, int64_t b, const TraceSite* site = nullptr) {
  int64_t r;
  if (__builtin_add_overflow(a, b, &r)) [[unlikely]]
    raise_int_overflow(site);
  return r;
}

inline int64_t int_sub(int64_t a, int64_t b, const TraceSite* site = nullptr) {
  int64_t r;
  if (__builtin_sub_overflow(a, b, &r)) [[unlikely]]
    raise_int_overflow(site);
  return r;
}

inline int64_t int_mul(int64_t a, int64_t b, const TraceSite* site = nullptr) {
  int64_t r;
  if (__builtin_mul_overflow(a, b, &r)) [[unlikely]]
    raise_int_overflow(site);
  return r;
}

inline int64_t int_neg(int64_t a, const TraceSite* site = nullptr) {
  if (a == INT64_MIN) [[unlikely]]
    raise_int_overflow(site);
  return -a;
}

inline int64_t int_abs(int64_t a, const TraceSite* site = nullptr) {
  return a < 0 ? int_neg(a, site) : a;
}

inline int64_t int_floordiv(int64_t a, int64_t b, const TraceSite* site = nullptr) {
  if (b == 0) [[unlikely]]
    raise_zero_division("integer division or modulo by zero", site);
  if (b == -1) return int_neg(a, site);
  int64_t q = a / b;
  if (a % b != 0 && ((a < 0) != (b < 0))) --q;
  return q;
}

inline int64_t int_mod(int64_t a, int64_t b, const TraceSite* site = nullptr) {
  if (b == 0) [[unlikely]]
    raise_zero_division("integer modulo by zero", site);
  if (b == -1) return 0;
  int64_t r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}

// int / int, which is a float in Python 3 (rounded as double(a) / double(b)).
inline double int_truediv(int64_t a, int64_t b, const TraceSite* site = nullptr) {
  if (b == 0) [[unlikely]]
    raise_zero_division("division by zero", site);
  return static_cast<double>(a) / static_cast<double>(b);
}

[[noreturn]] void raise_negative_int_pow(const TraceSite* site);

inline int64_t int_pow(int64_t base, int64_t exp, const TraceSite* site = nullptr) {
  if (exp < 0) [[unlikely]]
    raise_negative_int_pow(site);
  int64_t result = 1;
  while (exp > 0) {
    if (exp & 1) result = int_mul(result, base, site);
    exp >>= 1;
    if (exp > 0) base = int_mul(base, base, site);
  }
  return result;
}

[[noreturn]] void raise_negative_shift(const TraceSite* site);

inline int64_t int_lshift(int64_t a, int64_t n, const TraceSite* site = nullptr) {
  if (n < 0) [[unlikely]]
    raise_negative_shift(site);
  if (a == 0) return 0;
  if (n >= 63) raise_int_overflow(site);
  int64_t r = static_cast<int64_t>(static_cast<uint64_t>(a) << n);
  if ((r >> n) != a) [[unlikely]]
    raise_int_overflow(site);
  return r;
}

inline int64_t int_rshift(int64_t a, int64_t n, const TraceSite* site = nullptr) {
  if (n < 0) [[unlikely]]
    raise_negative_shift(site);
  if (n >= 64) return a < 0 ? -1 : 0;
  return a >> n;
}

// --int=wrap: two's-complement wrap-around, no overflow checks.
inline int64_t wrap(uint64_t u) {
  return static_cast<int64_t>(u);
}
inline int64_t int_add_wrap(int64_t a, int64_t b) {
  return wrap(static_cast<uint64_t>(a) + static_cast<uint64_t>(b));
}
inline int64_t int_sub_wrap(int64_t a, int64_t b) {
  return wrap(static_cast<uint64_t>(a) - static_cast<uint64_t>(b));
}
inline int64_t int_mul_wrap(int64_t a, int64_t b) {
  return wrap(static_cast<uint64_t>(a) * static_cast<uint64_t>(b));
}
inline int64_t int_neg_wrap(int64_t a) {
  return wrap(0 - static_cast<uint64_t>(a));
}
inline int64_t int_abs_wrap(int64_t a) {
  return a < 0 ? int_neg_wrap(a) : a;
}
inline int64_t int_floordiv_wrap(int64_t a, int64_t b, const TraceSite* site = nullptr) {
  if (b == -1) return int_neg_wrap(a);
  return int_floordiv(a, b, site);
}
inline int64_t int_mod_wrap(int64_t a, int64_t b, const TraceSite* site = nullptr) {
  return int_mod(a, b, site);
}
inline int64_t int_pow_wrap(int64_t base, int64_t exp, const TraceSite* site = nullptr) {
  if (exp < 0) [[unlikely]]
    raise_negative_int_pow(site);
  int64_t result = 1;
  for (; exp > 0; exp >>= 1, base = int_mul_wrap(base, base)) {
    if (exp & 1) result = int_mul_wrap(result, base);
  }
  return result;
}
inline int64_t int_rshift_wrap(int64_t a, int64_t n, const TraceSite* site = nullptr) {
  return int_rshift(a, n, site);
}
inline int64_t int_lshift_wrap(int64_t a, int64_t n, const TraceSite* site = nullptr) {
  if (n < 0) [[unlikely]]
    raise_negative_shift(site);
  return n >= 64 ? 0 : wrap(static_cast<uint64_t>(a) << n);
}

}  // namespace krait::rt
