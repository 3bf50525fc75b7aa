// float ** float, round() with ndigits, and the out-of-line raise paths.
#include "runtime/float_ops.h"

#include <cerrno>
#include <charconv>
#include <cstdlib>
#include <cstring>

#include "runtime/int_ops.h"

namespace krait::rt {

namespace {

bool is_odd_integer(double x) {
  return std::fmod(std::fabs(x), 2.0) == 1.0;
}

// Decimal exponent of x (x = d.ddd * 10**e), read from an exact rendering.
int decimal_exponent(double x) {
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::scientific, 25);
  *r.ptr = '\0';
  return std::atoi(std::strchr(buf, 'e') + 1);
}

}  // namespace

void raise_negative_int_pow(const TraceSite* site) {
  note_site(site);
  raise_value_error("negative exponent in int ** int: the result would be a float");
}
void raise_negative_shift(const TraceSite* site) {
  note_site(site);
  raise_value_error("negative shift count");
}

void raise_float_to_int(double x) {
  if (std::isnan(x)) raise_value_error("cannot convert float NaN to integer");
  if (std::isinf(x)) raise_overflow_error("cannot convert float infinity to integer");
  raise_int_overflow();
}

double float_pow(double iv, double iw) {
  if (iw == 0.0) return 1.0;
  if (std::isnan(iv)) return iv;
  if (std::isnan(iw)) return iv == 1.0 ? 1.0 : iw;
  if (std::isinf(iw)) {
    iv = std::fabs(iv);
    if (iv == 1.0) return 1.0;
    return (iw > 0.0) == (iv > 1.0) ? std::fabs(iw) : 0.0;
  }
  if (std::isinf(iv)) {
    bool odd = is_odd_integer(iw);
    if (iw > 0.0) return odd ? iv : std::fabs(iv);
    return odd ? std::copysign(0.0, iv) : 0.0;
  }
  if (iv == 0.0) {
    if (iw < 0.0) raise_zero_division("0.0 cannot be raised to a negative power");
    return is_odd_integer(iw) ? iv : 0.0;
  }
  bool negate = false;
  if (iv < 0.0) {
    if (iw != std::floor(iw)) {
      raise_value_error("negative number cannot be raised to a fractional power");
    }
    iv = -iv;
    negate = is_odd_integer(iw);
  }
  if (iv == 1.0) return negate ? -1.0 : 1.0;
  errno = 0;
  double ix = std::pow(iv, iw);
  if (negate) ix = -ix;
  if (errno == ERANGE && std::fabs(ix) >= 1.0) {
    raise_overflow_error("(34, 'Numerical result out of range')");
  }
  return ix;
}

double float_round(double x, int64_t ndigits) {
  if (!std::isfinite(x) || x == 0.0 || ndigits > 323) return x;
  if (ndigits < -308) return std::copysign(0.0, x);
  char buf[400];
  std::to_chars_result r;
  if (ndigits >= 0) {
    r = std::to_chars(buf, buf + sizeof buf - 1, x, std::chars_format::fixed,
                      static_cast<int>(ndigits));
  } else {
    // Keep the digits down to the 10**-ndigits place.
    int64_t keep = decimal_exponent(x) + ndigits;
    if (keep < -1) return std::copysign(0.0, x);
    if (keep == -1) {
      double half = 0.5 * std::pow(10.0, static_cast<double>(-ndigits));
      double mag = std::fabs(x) > half ? 2.0 * half : 0.0;
      return std::copysign(mag, x);
    }
    r = std::to_chars(buf, buf + sizeof buf - 1, x, std::chars_format::scientific,
                      static_cast<int>(keep));
  }
  *r.ptr = '\0';
  double y = std::strtod(buf, nullptr);
  if (std::isinf(y)) raise_overflow_error("rounded value too large to represent");
  return y;
}

int64_t int_round(int64_t n, int64_t ndigits) {
  if (ndigits >= 0) return n;
  if (ndigits < -18) return 0;
  int64_t p = 1;
  for (int64_t i = 0; i < -ndigits; ++i) p *= 10;
  int64_t q = int_floordiv(n, p);
  int64_t r = n - q * p;  // 0 <= r < p
  if (2 * r > p || (2 * r == p && (q & 1))) ++q;
  return int_mul(q, p);
}

}  // namespace krait::rt
