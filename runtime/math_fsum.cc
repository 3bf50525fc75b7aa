// math.fsum (declared in math_module.h): the correctly rounded sum of the
// values, by Shewchuk's exact partial sums with CPython's rules for
// infinities, NaNs and overflow, so results are CPython's bit for bit.
#include <cmath>
#include <vector>

#include "runtime/exceptions.h"
#include "runtime/math_module.h"

namespace krait::rt::math {

double fsum_of(const std::vector<double>& values) {
  std::vector<double> partials;
  double special_sum = 0.0, inf_sum = 0.0;
  for (double x : values) {
    if (!std::isfinite(x)) {  // nan or inf: summed apart (inf - inf is an error below)
      if (std::isinf(x)) inf_sum += x;
      special_sum += x;
      continue;
    }
    size_t i = 0;
    for (double y : partials) {
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y;
      double lo = y - (hi - x);
      if (lo != 0.0) partials[i++] = lo;
      x = hi;
    }
    partials.resize(i);
    if (!std::isfinite(x)) raise_overflow_error("intermediate overflow in fsum");
    partials.push_back(x);
  }
  if (special_sum != 0.0) {
    if (std::isnan(inf_sum)) raise_value_error("-inf + inf in fsum");
    return special_sum;
  }
  // Sum from the top, stopping at the first inexact step; then round half
  // to even where the rest of the partials decides it.
  size_t n = partials.size();
  double hi = 0.0, lo = 0.0;
  if (n > 0) {
    hi = partials[--n];
    while (n > 0) {
      double x = hi, y = partials[--n];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
      double y = lo * 2.0;
      double x = hi + y;
      double yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return hi;
}

}  // namespace krait::rt::math
