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

}  // namespace krait::rt::math
