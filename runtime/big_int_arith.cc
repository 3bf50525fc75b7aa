// Int arithmetic's slow paths (big_int_ops.h) on GMP.
#include <cmath>

#include "runtime/big_int_gmp.h"
#include "runtime/big_int_ops.h"
#include "runtime/float_ops.h"

namespace krait::rt {

namespace {

template <void (*Op)(mpz_ptr, mpz_srcptr, mpz_srcptr)>
Int binary(const Int& a, const Int& b) {
  MpzView x(a), y(b);
  Mpz r;
  Op(r, x, y);
  return to_int(r);
}

}  // namespace

Int big_add(const Int& a, const Int& b) {
  return binary<mpz_add>(a, b);
}
Int big_sub(const Int& a, const Int& b) {
  return binary<mpz_sub>(a, b);
}
Int big_mul(const Int& a, const Int& b) {
  return binary<mpz_mul>(a, b);
}
Int big_floordiv(const Int& a, const Int& b) {
  return binary<mpz_fdiv_q>(a, b);
}
Int big_mod(const Int& a, const Int& b) {
  return binary<mpz_fdiv_r>(a, b);
}
Int big_neg(const Int& a) {
  Mpz r;
  mpz_neg(r, MpzView(a));
  return to_int(r);
}

// The quotient to 55 or 56 bits and a sticky bit for the remainder, then
// one rounding (half to even) to the bits the double has at that exponent
// (fewer for a subnormal result).
double big_truediv(const Int& a, const Int& b) {
  MpzView x(a), y(b);
  Mpz num, den, q, r;
  mpz_abs(num, x);
  mpz_abs(den, y);
  bool negative = a.negative() != b.negative();
  if (mpz_sgn(num.z) == 0) return negative ? -0.0 : 0.0;
  long s =
      55 - (static_cast<long>(mpz_sizeinbase(num, 2)) - static_cast<long>(mpz_sizeinbase(den, 2)));
  if (s >= 0) {
    mpz_mul_2exp(num, num, static_cast<mp_bitcnt_t>(s));
  } else {
    mpz_mul_2exp(den, den, static_cast<mp_bitcnt_t>(-s));
  }
  mpz_tdiv_qr(q, r, num, den);
  uint64_t whole = mpz_get_ui(q);
  bool sticky = mpz_sgn(r.z) != 0;
  int bits = 64 - __builtin_clzll(whole);
  long exponent = bits - 1 - s;  // of the quotient's top bit
  long mantissa = exponent >= -1022 ? 53 : 53 - (-1022 - exponent);
  double result;
  if (mantissa <= 0) {  // at most half the smallest subnormal
    bool up = mantissa == 0 && (whole > (uint64_t{1} << (bits - 1)) || sticky);
    result = up ? std::ldexp(1.0, -1074) : 0.0;
  } else {
    int drop = bits - static_cast<int>(mantissa);
    uint64_t kept = whole >> drop, rest = whole & ((uint64_t{1} << drop) - 1);
    uint64_t half = uint64_t{1} << (drop - 1);
    if (rest > half || (rest == half && (sticky || (kept & 1)))) ++kept;
    result = std::ldexp(static_cast<double>(kept), static_cast<int>(drop - s));
  }
  if (std::isinf(result)) raise_overflow_error("integer division result too large for a float");
  return negative ? -result : result;
}

Int big_pow(const Int& base, const Int& exp, const TraceSite* site) {
  if (exp.negative()) raise_negative_int_pow(site);
  if (base.is_small() && (base.small() == 0 || base.small() == 1)) return base;
  if (base.is_small() && base.small() == -1)
    return mpz_odd_p(static_cast<mpz_srcptr>(MpzView(exp))) ? base : Int(1);
  if (!exp.is_small() || exp.small() > (int64_t{1} << 40)) raise_memory_error();
  Mpz r;
  mpz_pow_ui(r, MpzView(base), static_cast<unsigned long>(exp.small()));
  return to_int(r);
}

Int big_lshift(const Int& a, const Int& n, const TraceSite* site) {
  if (n.negative()) raise_negative_shift(site);
  if (a.is_small() && a.small() == 0) return a;
  if (!n.is_small()) raise_overflow_error("too many digits in integer");
  if (n.small() > (int64_t{1} << 40)) raise_memory_error();
  Mpz r;
  mpz_mul_2exp(r, MpzView(a), static_cast<mp_bitcnt_t>(n.small()));
  return to_int(r);
}

Int big_rshift(const Int& a, const Int& n) {
  if (!n.is_small()) return a.negative() ? -1 : 0;
  Mpz r;
  mpz_fdiv_q_2exp(r, MpzView(a), static_cast<mp_bitcnt_t>(n.small()));
  return to_int(r);
}

Int int_pow_mod(const Int& base, const Int& exp, const Int& mod) {
  if (mod == 0) raise_value_error("pow() 3rd argument cannot be 0");
  Mpz b(base), e(exp), m(mod), r;
  mpz_abs(m, m);
  if (exp.negative()) {
    if (mpz_invert(b, b, m) == 0) raise_value_error("base is not invertible for the given modulus");
    mpz_neg(e, e);
  }
  mpz_powm(r, b, e, m);  // in [0, |mod|)
  // The result takes the sign of the modulus, like %.
  if (mod.negative() && mpz_sgn(r.z) != 0) mpz_sub(r, r, m);
  return to_int(r);
}

Int float_to_int_big(double x) {
  if (std::isnan(x) || std::isinf(x)) raise_float_to_int(x);
  if (x >= -9223372036854775808.0 && x < 9223372036854775808.0) return static_cast<int64_t>(x);
  Mpz r;
  mpz_set_d(r, x);
  return to_int(r);
}

Int int_round(const Int& n, int64_t ndigits) {
  if (ndigits >= 0) return n;
  Mpz p, q, rem, two_r;
  mpz_ui_pow_ui(p, 10, static_cast<unsigned long>(-ndigits));
  Mpz x(n);
  mpz_fdiv_qr(q, rem, x, p);  // 0 <= rem < p
  mpz_mul_2exp(two_r, rem, 1);
  int c = mpz_cmp(two_r, p);
  if (c > 0 || (c == 0 && mpz_odd_p(q.z))) mpz_add_ui(q, q, 1);
  mpz_mul(q, q, p);
  return to_int(q);
}

namespace math {

Int factorial_big(const Int& n) {
  if (n.negative()) raise_value_error("factorial() not defined for negative values");
  if (!n.is_small())
    raise_overflow_error("factorial() argument should not exceed 9223372036854775807");
  Mpz r;
  mpz_fac_ui(r, static_cast<unsigned long>(n.small()));
  return to_int(r);
}

Int gcd(const Int& a, const Int& b) {
  return binary<mpz_gcd>(a, b);
}

}  // namespace math

}  // namespace krait::rt
