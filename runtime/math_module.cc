// math functions with CPython's error rules (Modules/mathmodule.c).
#include "runtime/math_module.h"

#include <cerrno>
#include <cmath>

#include "runtime/exceptions.h"
#include "runtime/float_ops.h"
#include "runtime/int_ops.h"

namespace krait::rt::math {

void domain_error() {
  raise_value_error("math domain error");
}
void range_error() {
  raise_overflow_error("math range error");
}

namespace {

// CPython's math_1: checks a one-argument libm result.
double checked(double x, double r, bool can_overflow) {
  if (std::isnan(r) && !std::isnan(x)) domain_error();
  if (std::isinf(r) && std::isfinite(x)) {
    if (can_overflow) range_error();
    domain_error();
  }
  return r;
}

double checked2(double x, double y, double r, bool can_overflow) {
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) domain_error();
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) {
    if (can_overflow) range_error();
    domain_error();
  }
  return r;
}

double log_positive(double x) {
  if (std::isnan(x) || x > 0.0) return std::log(x);
  domain_error();
}

}  // namespace

double sqrt(double x) {
  return checked(x, std::sqrt(x), false);
}
double exp(double x) {
  return checked(x, std::exp(x), true);
}
double log(double x) {
  return log_positive(x);
}
double log(double x, double base) {
  return float_div(log_positive(x), log_positive(base));
}
double log10(double x) {
  log_positive(x);
  return std::log10(x);
}
double log2(double x) {
  log_positive(x);
  return std::log2(x);
}
double sin(double x) {
  return checked(x, std::sin(x), false);
}
double cos(double x) {
  return checked(x, std::cos(x), false);
}
double tan(double x) {
  return checked(x, std::tan(x), false);
}
double asin(double x) {
  return checked(x, std::asin(x), false);
}
double acos(double x) {
  return checked(x, std::acos(x), false);
}
double atan(double x) {
  return checked(x, std::atan(x), false);
}
double atan2(double y, double x) {
  return std::atan2(y, x);
}
double sinh(double x) {
  return checked(x, std::sinh(x), true);
}
double cosh(double x) {
  return checked(x, std::cosh(x), true);
}
double tanh(double x) {
  return checked(x, std::tanh(x), false);
}
double fabs(double x) {
  return std::fabs(x);
}
double copysign(double x, double y) {
  return std::copysign(x, y);
}
double degrees(double x) {
  return x * (180.0 / pi);
}
double radians(double x) {
  return x * (pi / 180.0);
}

double pow(double x, double y) {
  if (std::isnan(x)) return y == 0.0 ? 1.0 : x;
  if (std::isnan(y)) return x == 1.0 ? 1.0 : y;
  if (x == 0.0 && y < 0.0 && std::isfinite(y)) domain_error();
  if (x < 0.0 && std::isfinite(x) && std::isfinite(y) && y != std::floor(y)) domain_error();
  return checked2(x, y, std::pow(x, y), true);
}

double fmod(double x, double y) {
  if (std::isinf(y) && std::isfinite(x)) return x;
  return checked2(x, y, std::fmod(x, y), false);
}

double ldexp(double x, int64_t i) {
  if (x == 0.0 || !std::isfinite(x)) return x;
  if (i > 100000) range_error();
  if (i < -100000) return std::copysign(0.0, x);
  double r = std::ldexp(x, static_cast<int>(i));
  if (std::isinf(r)) range_error();
  return r;
}

Tuple<double, int64_t> frexp(double x) {
  if (std::isnan(x) || std::isinf(x) || x == 0.0) return {x, 0};
  int e;
  double m = std::frexp(x, &e);
  return {m, e};
}

Tuple<double, double> modf(double x) {
  if (std::isinf(x)) return {std::copysign(0.0, x), x};
  double ip;
  double fp = std::modf(x, &ip);
  return {fp, ip};
}

int64_t floor(double x) {
  return float_to_int(std::floor(x));
}
int64_t ceil(double x) {
  return float_to_int(std::ceil(x));
}
int64_t trunc(double x) {
  return float_to_int(x);
}
bool isnan(double x) {
  return std::isnan(x);
}
bool isinf(double x) {
  return std::isinf(x);
}
bool isfinite(double x) {
  return std::isfinite(x);
}

bool isclose(double a, double b, double rel_tol, double abs_tol) {
  if (rel_tol < 0.0 || abs_tol < 0.0) raise_value_error("tolerances must be non-negative");
  if (a == b) return true;
  if (std::isinf(a) || std::isinf(b)) return false;
  double diff = std::fabs(b - a);
  return diff <= std::fabs(rel_tol * b) || diff <= std::fabs(rel_tol * a) || diff <= abs_tol;
}

int64_t gcd(int64_t a, int64_t b) {
  a = int_abs(a);
  b = int_abs(b);
  while (b != 0) {
    int64_t t = a % b;
    a = b;
    b = t;
  }
  return a;
}

int64_t factorial(int64_t n) {
  if (n < 0) raise_value_error("factorial() not defined for negative values");
  int64_t r = 1;
  for (int64_t i = 2; i <= n; ++i) r = int_mul(r, i);
  return r;
}

double log1p(double x) {
  if (x <= -1.0) domain_error();
  return std::log1p(x);
}
double expm1(double x) {
  return checked(x, std::expm1(x), true);
}
double erf(double x) {
  return std::erf(x);
}
double erfc(double x) {
  return std::erfc(x);
}
double cbrt(double x) {
  return std::cbrt(x);
}
double exp2(double x) {
  return checked(x, std::exp2(x), true);
}
double acosh(double x) {
  return checked(x, std::acosh(x), false);
}
double asinh(double x) {
  return std::asinh(x);
}
double atanh(double x) {
  if (std::fabs(x) >= 1.0) domain_error();
  return std::atanh(x);
}
double remainder(double x, double y) {
  if (std::isnan(x) || std::isnan(y)) return x + y;
  if (std::isinf(x) || y == 0.0) domain_error();
  return std::remainder(x, y);
}
double nextafter(double x, double y) {
  return std::nextafter(x, y);
}
// CPython's ulp: the gap to the next float away from zero (the largest
// float's: the gap below it); NaN and inf are themselves.
double ulp(double x) {
  if (std::isnan(x)) return x;
  x = std::fabs(x);
  if (std::isinf(x)) return x;
  double next = std::nextafter(x, __builtin_inf());
  if (std::isinf(next)) return x - std::nextafter(x, -__builtin_inf());
  return next - x;
}

}  // namespace krait::rt::math
