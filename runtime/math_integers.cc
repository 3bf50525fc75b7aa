// The integer functions of `math` (declared in math_module.h): lcm, isqrt,
// comb and perm, exact through GMP, in both int modes (the 64-bit modes
// raise OverflowError where the result does not fit, as their arithmetic
// does).
#include <gmp.h>

#include "runtime/big_int_gmp.h"
#include "runtime/exceptions.h"
#include "runtime/int_ops.h"
#include "runtime/math_module.h"

namespace krait::rt::math {
namespace {

int64_t fitting(Mpz& v) {
  if (!mpz_fits_slong_p(v)) raise_int_overflow();
  return mpz_get_si(v);
}

// n and k of comb/perm: CPython's ValueErrors for negative ones.
void check_nk(const Int& n, const Int& k) {
  if (n.negative()) raise_value_error("n must be a non-negative integer");
  if (k.negative()) raise_value_error("k must be a non-negative integer");
}

void comb_into(Mpz& out, const Int& n, const Int& k) {
  check_nk(n, k);
  if (compare(k, n) > 0) {
    mpz_set_ui(out, 0);
    return;
  }
  if (!k.is_small()) raise_overflow_error("min(n - k, k) must not exceed 9223372036854775807");
  mpz_bin_ui(out, MpzView(n), static_cast<unsigned long>(k.small()));
}

void perm_into(Mpz& out, const Int& n, const Int& k) {
  check_nk(n, k);
  if (compare(k, n) > 0) {
    mpz_set_ui(out, 0);
    return;
  }
  if (!k.is_small()) raise_overflow_error("k must not exceed 9223372036854775807");
  Mpz factor;
  mpz_set_ui(out, 1);
  mpz_set(factor, MpzView(n));
  for (int64_t i = 0; i < k.small(); ++i) {  // n * (n - 1) * ... * (n - k + 1)
    mpz_mul(out, out, factor);
    mpz_sub_ui(factor, factor, 1);
  }
}

void isqrt_into(Mpz& out, const Int& n) {
  if (n.negative()) raise_value_error("isqrt() argument must be nonnegative");
  mpz_sqrt(out, MpzView(n));
}

}  // namespace

int64_t lcm(int64_t a, int64_t b) {
  if (a == 0 || b == 0) return 0;
  int64_t g = gcd(a, b);
  return int_mul(a < 0 ? -a : a, (b < 0 ? -b : b) / g);
}

Int lcm_big(const Int& a, const Int& b) {
  Mpz r;
  mpz_lcm(r, MpzView(a), MpzView(b));
  return to_int(r);
}

int64_t isqrt(int64_t n) {
  Mpz r;
  isqrt_into(r, n);
  return fitting(r);
}

Int isqrt_big(const Int& n) {
  Mpz r;
  isqrt_into(r, n);
  return to_int(r);
}

int64_t comb(int64_t n, int64_t k) {
  Mpz r;
  comb_into(r, n, k);
  return fitting(r);
}

Int comb_big(const Int& n, const Int& k) {
  Mpz r;
  comb_into(r, n, k);
  return to_int(r);
}

int64_t perm(int64_t n, int64_t k) {
  Mpz r;
  perm_into(r, n, k);
  return fitting(r);
}

Int perm_big(const Int& n, const Int& k) {
  Mpz r;
  perm_into(r, n, k);
  return to_int(r);
}

}  // namespace krait::rt::math
