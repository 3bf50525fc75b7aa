// Python float arithmetic and the conversions between int and float.
//
// Plain `+ - * /`-by-nonzero are C++ operators on double (the build uses
// -ffp-contract=off, so results round as CPython's). These functions cover
// the operations whose Python behaviour differs from C's: true division by
// zero, floor division and modulo (sign of the divisor, CPython's exact
// algorithm), `**` (CPython's special cases and errors; a negative base with
// a non-integer exponent, which CPython answers with a complex number, raises
// ValueError because Krait has no complex type), conversion to int
// (truncation; OverflowError for inf, ValueError for NaN) and round().
#pragma once

#include <cmath>
#include <cstdint>

#include "runtime/exceptions.h"

namespace krait::rt {

inline double float_div(double a, double b, const TraceSite* site = nullptr) {
  if (b == 0.0) [[unlikely]]
    raise_zero_division("float division by zero", site);
  return a / b;
}

inline double float_mod(double a, double b, const TraceSite* site = nullptr) {
  if (b == 0.0) [[unlikely]]
    raise_zero_division("float modulo", site);
  double mod = std::fmod(a, b);
  if (mod != 0.0) {
    if ((b < 0) != (mod < 0)) mod += b;
  } else {
    mod = std::copysign(0.0, b);
  }
  return mod;
}

// Quotient and remainder of CPython's _float_div_mod; b must be nonzero.
inline void float_divmod_parts(double a, double b, double* floordiv, double* mod) {
  double m = std::fmod(a, b);
  double div = (a - m) / b;
  if (m != 0.0) {
    if ((b < 0) != (m < 0)) {
      m += b;
      div -= 1.0;
    }
  } else {
    m = std::copysign(0.0, b);
  }
  double fd;
  if (div != 0.0) {
    fd = std::floor(div);
    if (div - fd > 0.5) fd += 1.0;
  } else {
    fd = std::copysign(0.0, a / b);
  }
  *floordiv = fd;
  *mod = m;
}

inline double float_floordiv(double a, double b, const TraceSite* site = nullptr) {
  if (b == 0.0) [[unlikely]]
    raise_zero_division("float floor division by zero", site);
  double fd, m;
  float_divmod_parts(a, b, &fd, &m);
  return fd;
}

double float_pow(double base, double exp);

// x ** 0.5: sqrt where it equals pow (x > 0, and +0.0 for either zero as
// pow gives), pow for the rest (negative, NaN): the common n-body idiom
// without pow's cost.
inline double float_pow_half(double x) {
  if (x > 0.0) return std::sqrt(x);
  if (x == 0.0) return 0.0;
  return float_pow(x, 0.5);
}

[[noreturn]] void raise_float_to_int(double x);

// int(x) for a float: truncation toward zero.
inline int64_t float_to_int(double x) {
  // 2^63 is exactly representable; the range check also rejects NaN.
  if (!(x >= -9223372036854775808.0 && x < 9223372036854775808.0)) [[unlikely]]
    raise_float_to_int(x);
  return static_cast<int64_t>(x);
}

// round(x): nearest int, ties to even.
inline int64_t float_round(double x) {
  return float_to_int(std::nearbyint(x));
}
// round(x, ndigits): correctly rounded to a multiple of 10**-ndigits, ties to even.
double float_round(double x, int64_t ndigits);
// round(n, ndigits) for an int n: rounds to 10**-ndigits for negative ndigits.
int64_t int_round(int64_t n, int64_t ndigits);

}  // namespace krait::rt
