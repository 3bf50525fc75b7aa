// math.hypot and math.dist (declared in math_module.h): CPython's
// vector_norm, so results agree with CPython's to the last bit (glibc's
// hypot differs from it for about one argument pair in 200). The squares
// are exact (an fma gives each product's rounding error), their sum is a
// compensated one started at 1.0 so that it never cancels, and the square
// root gets one differential correction; the values are scaled by a power
// of two first so that the largest is in [0.5, 1).
#include <cfloat>
#include <cmath>
#include <vector>

#include "runtime/math_module.h"

namespace krait::rt::math {
namespace {

struct TwoDoubles {
  double hi, lo;
};

TwoDoubles exact_product(double x, double y) {
  double z = x * y;
  return {z, std::fma(x, y, -z)};
}

// a + b with its rounding error, for |a| >= |b|.
TwoDoubles exact_sum(double a, double b) {
  double x = a + b;
  return {x, b - (x - a)};
}

}  // namespace

double norm_of(std::vector<double> values) {
  double largest = 0.0;
  bool nan = false;
  for (double& v : values) {
    v = std::fabs(v);
    nan = nan || std::isnan(v);
    if (v > largest) largest = v;
  }
  if (std::isinf(largest)) return largest;
  if (nan) return __builtin_nan("");
  if (largest == 0.0 || values.size() <= 1) return largest;
  int exponent;
  std::frexp(largest, &exponent);
  if (exponent < -1023) {  // subnormals: scaled up to normal numbers first
    for (double& v : values) v /= DBL_MIN;
    return DBL_MIN * norm_of(values);
  }
  double scale = std::ldexp(1.0, -exponent);
  double sum = 1.0, frac1 = 0.0, frac2 = 0.0;
  for (double v : values) {
    TwoDoubles square = exact_product(v * scale, v * scale);
    TwoDoubles total = exact_sum(sum, square.hi);
    sum = total.hi;
    frac1 += square.lo;
    frac2 += total.lo;
  }
  double h = std::sqrt(sum - 1.0 + (frac1 + frac2));
  TwoDoubles square = exact_product(-h, h);
  TwoDoubles total = exact_sum(sum, square.hi);
  sum = total.hi;
  frac1 += square.lo;
  frac2 += total.lo;
  double x = sum - 1.0 + (frac1 + frac2);
  h += x / (2.0 * h);
  return h / scale;
}

double hypot(double x, double y) {
  return norm_of({x, y});
}

}  // namespace krait::rt::math
