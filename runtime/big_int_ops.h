// Python int arithmetic on Int (`--int=big`): exact, never overflowing.
//
// Contract: `int_<op>_big` computes what CPython computes, with the same
// errors (ZeroDivisionError, `negative shift count`, `pow() 3rd argument
// cannot be 0`, ...). Each takes the 64-bit fast path when both operands
// are small and the result fits (`__builtin_*_overflow`), else GMP
// (big_int.cc). The names mirror int_ops.h, so the backend spells an
// operation `rt::int_add` + the mode's suffix (`_wrap`, `_big`); abs,
// divmod, pow(a, b, m) and math.factorial/gcd overload the int64_t
// builtins. `int ** negative` is a float in Python: the backend calls
// float_pow for it, as in checked mode.
#pragma once

#include "runtime/big_int.h"
#include "runtime/int_ops.h"
#include "runtime/tuple.h"

namespace krait::rt {

// The slow paths (big_int_arith.cc); divisors are non-zero.
Int big_add(const Int& a, const Int& b);
Int big_sub(const Int& a, const Int& b);
Int big_mul(const Int& a, const Int& b);
Int big_floordiv(const Int& a, const Int& b);
Int big_mod(const Int& a, const Int& b);
Int big_neg(const Int& a);
double big_truediv(const Int& a, const Int& b);
Int big_pow(const Int& base, const Int& exp, const TraceSite* site);
Int big_lshift(const Int& a, const Int& n, const TraceSite* site);
Int big_rshift(const Int& a, const Int& n);

inline Int int_add_big(Int a, Int b, const TraceSite* = nullptr) {
  int64_t r;
  if (a.is_small() && b.is_small() && !__builtin_add_overflow(a.small(), b.small(), &r)) [[likely]]
    return r;
  return big_add(a, b);
}
inline Int int_sub_big(Int a, Int b, const TraceSite* = nullptr) {
  int64_t r;
  if (a.is_small() && b.is_small() && !__builtin_sub_overflow(a.small(), b.small(), &r)) [[likely]]
    return r;
  return big_sub(a, b);
}
inline Int int_mul_big(Int a, Int b, const TraceSite* = nullptr) {
  int64_t r;
  if (a.is_small() && b.is_small() && !__builtin_mul_overflow(a.small(), b.small(), &r)) [[likely]]
    return r;
  return big_mul(a, b);
}
inline Int int_neg_big(Int a, const TraceSite* = nullptr) {
  if (a.is_small() && a.small() != INT64_MIN) [[likely]]
    return -a.small();
  return big_neg(a);
}
inline Int abs(Int a) {
  return a.negative() ? int_neg_big(a) : a;
}
inline Int int_floordiv_big(Int a, Int b, const TraceSite* site = nullptr) {
  if (b.is_small() && b.small() == 0) [[unlikely]]
    raise_zero_division("integer division or modulo by zero", site);
  if (a.is_small() && b.is_small() && !(a.small() == INT64_MIN && b.small() == -1)) [[likely]]
    return int_floordiv(a.small(), b.small());
  return big_floordiv(a, b);
}
inline Int int_mod_big(Int a, Int b, const TraceSite* site = nullptr) {
  if (b.is_small() && b.small() == 0) [[unlikely]]
    raise_zero_division("integer modulo by zero", site);
  if (a.is_small() && b.is_small()) [[likely]]
    return int_mod(a.small(), b.small());
  return big_mod(a, b);
}
// int / int: CPython's correctly rounded quotient (also beyond 2**53 and
// beyond the float range of the operands).
inline double int_truediv_big(Int a, Int b, const TraceSite* site = nullptr) {
  if (b.is_small() && b.small() == 0) [[unlikely]]
    raise_zero_division("division by zero", site);
  constexpr int64_t kExact = int64_t{1} << 53;  // doubles hold these exactly
  if (a.is_small() && b.is_small() && a.small() <= kExact && a.small() >= -kExact &&
      b.small() <= kExact && b.small() >= -kExact) [[likely]]
    return static_cast<double>(a.small()) / static_cast<double>(b.small());
  return big_truediv(a, b);
}
inline Tuple<Int, Int> divmod(Int a, Int b) {
  if (b.is_small() && b.small() == 0) raise_zero_division("integer division or modulo by zero");
  Int q = int_floordiv_big(a, b);
  return {q, int_sub_big(a, int_mul_big(q, b))};
}
inline Int int_pow_big(Int base, Int exp, const TraceSite* site = nullptr) {
  if (base.is_small() && exp.is_small() && exp.small() >= 0) [[likely]] {
    int64_t b = base.small(), r = 1;
    bool overflow = false;
    for (int64_t e = exp.small(); e > 0 && !overflow; e >>= 1) {
      if (e & 1) overflow = __builtin_mul_overflow(r, b, &r);
      if (e > 1) overflow = overflow || __builtin_mul_overflow(b, b, &b);
    }
    if (!overflow) return r;
  }
  return big_pow(base, exp, site);
}
inline Int int_lshift_big(Int a, Int n, const TraceSite* site = nullptr) {
  if (a.is_small() && n.is_small() && n.small() >= 0 && n.small() < 63) {
    int64_t r = static_cast<int64_t>(static_cast<uint64_t>(a.small()) << n.small());
    if ((r >> n.small()) == a.small()) [[likely]]
      return r;
  }
  return big_lshift(a, n, site);
}
inline Int int_rshift_big(Int a, Int n, const TraceSite* site = nullptr) {
  if (n.negative()) [[unlikely]]
    raise_negative_shift(site);
  if (a.is_small() && n.is_small()) [[likely]]
    return n.small() >= 64 ? (a.small() < 0 ? -1 : 0) : a.small() >> n.small();
  return big_rshift(a, n);
}
// sum() adds with `+=`.
inline Int& operator+=(Int& a, const Int& b) {
  return a = int_add_big(a, b);
}

// pow(base, exp, mod), with CPython's modular inverse for a negative exp.
Int int_pow_mod(const Int& base, const Int& exp, const Int& mod);
// int(x) of a float: CPython's exact value (OverflowError for inf, ValueError for NaN).
Int float_to_int_big(double x);
// round(n, ndigits) of an int.
Int int_round(const Int& n, int64_t ndigits);

namespace math {
Int factorial_big(const Int& n);
Int gcd(const Int& a, const Int& b);
}  // namespace math

}  // namespace krait::rt
