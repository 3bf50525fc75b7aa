// Python's `math` module: `math.sqrt(x)` is `rt::math::sqrt(x)`.
//
// Results are the C library's (glibc), as CPython's are; errors follow
// CPython's rules: a NaN result from a non-NaN argument and an infinite
// result from a finite one raise `ValueError: math domain error`, except
// where CPython reports overflow (`exp`, `pow`, `ldexp`, `hypot`, `cosh`,
// `sinh`: `OverflowError: math range error`). `floor`, `ceil` and `trunc`
// return int (OverflowError for inf, ValueError for NaN, as int(x) does).
// `gcd` and `factorial` are int functions (factorial raises OverflowError past
// 20!, Krait's checked int mode).
#pragma once

#include <cstdint>
#include <type_traits>
#include <vector>

#include "runtime/big_int.h"
#include "runtime/big_int_ops.h"
#include "runtime/int_ops.h"
#include "runtime/iterators.h"
#include "runtime/number.h"
#include "runtime/tuple.h"

namespace krait::rt::math {

inline constexpr double pi = 3.141592653589793;
inline constexpr double e = 2.718281828459045;
inline constexpr double tau = 6.283185307179586;
inline constexpr double inf = __builtin_inf();
inline constexpr double nan = __builtin_nan("");

double sqrt(double x);
double exp(double x);
double log(double x);
double log(double x, double base);
double log10(double x);
double log2(double x);
double sin(double x);
double cos(double x);
double tan(double x);
double asin(double x);
double acos(double x);
double atan(double x);
double atan2(double y, double x);
double sinh(double x);
double cosh(double x);
double tanh(double x);
double pow(double x, double y);
double hypot(double x, double y);
// The Euclidean norm of the values, as CPython's hypot and dist compute it
// (math_norm.cc).
double norm_of(std::vector<double> values);

double fabs(double x);
double fmod(double x, double y);
double copysign(double x, double y);
double ldexp(double x, int64_t i);
double degrees(double x);
double radians(double x);
Tuple<double, int64_t> frexp(double x);
Tuple<double, double> modf(double x);
int64_t floor(double x);
int64_t ceil(double x);
int64_t trunc(double x);
inline int64_t floor(int64_t x) {
  return x;
}
inline int64_t ceil(int64_t x) {
  return x;
}
bool isnan(double x);
bool isinf(double x);
bool isfinite(double x);
bool isclose(double a, double b, double rel_tol = 1e-09, double abs_tol = 0.0);
int64_t gcd(int64_t a, int64_t b);
int64_t factorial(int64_t n);
double log1p(double x);
double expm1(double x);
double erf(double x);
double erfc(double x);
// CPython's errors of the math functions: ValueError "math domain error",
// OverflowError "math range error" (shared by the math_*.cc files).
[[noreturn]] void domain_error();
[[noreturn]] void range_error();

double gamma(double x);  // CPython's Lanczos approximation (math_gamma.cc)
double lgamma(double x);
double cbrt(double x);
double exp2(double x);
double acosh(double x);
double asinh(double x);
double atanh(double x);
double remainder(double x, double y);
double nextafter(double x, double y);
double ulp(double x);

// The integer functions (math_integers.cc): exact through GMP; the int64_t
// forms raise OverflowError where the result does not fit, the _big forms
// (--int=big) never do.
int64_t lcm(int64_t a, int64_t b);
Int lcm_big(const Int& a, const Int& b);
int64_t isqrt(int64_t n);
Int isqrt_big(const Int& n);
int64_t comb(int64_t n, int64_t k);
Int comb_big(const Int& n, const Int& k);
int64_t perm(int64_t n, int64_t k);
Int perm_big(const Int& n, const Int& k);

// gcd and lcm of any number of ints (gcd() is 0, lcm() is 1).
template <class I, class... More>
I gcd_of(I a, More... more) {
  I r = gcd(a, I(0));  // |a|
  ((r = gcd(r, I(more))), ...);
  return r;
}
template <class I, class... More>
I lcm_of(I a, More... more) {
  if constexpr (std::is_same_v<I, Int>) {
    I r = lcm_big(a, I(1));
    ((r = lcm_big(r, I(more))), ...);
    return r;
  } else {
    I r = lcm(a, I(1));
    ((r = lcm(r, I(more))), ...);
    return r;
  }
}

// The items of an iterable of numbers, as floats.
template <class Iterable>
std::vector<double> floats_of(const Iterable& iterable) {
  std::vector<double> values;
  auto it = py_iter(iterable);
  ItemOf<Iterable> item{};
  while (it.next(item)) {
    if constexpr (requires { item.to_double(); })
      values.push_back(item.to_double());
    else if constexpr (!std::is_same_v<decltype(item), NoneType>)  // (an empty list's items)
      values.push_back(static_cast<double>(item));
  }
  return values;
}

// fsum(iterable): the correctly rounded sum (math_fsum.cc).
double fsum_of(const std::vector<double>& values);
template <class Iterable>
double fsum(const Iterable& iterable) {
  return fsum_of(floats_of(iterable));
}

// hypot(*coordinates) (any number; two is hypot(x, y) above).
template <class... Coordinates>
double hypot_of(Coordinates... coordinates) {
  return norm_of({static_cast<double>(coordinates)...});
}

// dist(p, q): both sequences of numbers, of the same length.
template <class P, class Q>
double dist(const P& p, const Q& q) {
  std::vector<double> ps = floats_of(p), qs = floats_of(q);
  if (ps.size() != qs.size())
    raise_value_error("both points must have the same number of dimensions");
  for (size_t i = 0; i < ps.size(); ++i) ps[i] -= qs[i];
  return norm_of(ps);
}

// prod(iterable, start=1): the product in the items' type R (checked ints
// in the 64-bit modes).
template <class R, class Iterable>
R prod(const Iterable& iterable, R start) {
  auto it = py_iter(iterable);
  ItemOf<Iterable> item{};
  R total = start;
  while (it.next(item)) {
    R x = item_as<R>(item);
    if constexpr (std::is_same_v<R, int64_t>)
      total = int_mul(total, x);
    else if constexpr (std::is_same_v<R, Int>)
      total = int_mul_big(total, x);
    else if constexpr (std::is_floating_point_v<R>)
      total = total * x;
    else
      total = num_mul(total, x);
  }
  return total;
}

}  // namespace krait::rt::math
