// Int's slow paths on GMP, with GMP's memory in the collector's heap.
//
// Limbs hold no pointers, so they are atomic (unscanned) blocks; a BigRep
// is a scanned block, which keeps its limbs alive. GMP frees its own
// temporaries through `gc_free`. The memory functions are installed by a
// static initialiser of this file, which every program using Int links.
#include <cmath>

#include "runtime/big_int_gmp.h"
#include "runtime/gc.h"

namespace krait::rt {

namespace {

void* gmp_alloc(size_t n) {
  return gc_alloc_atomic(n);
}
void* gmp_realloc(void* p, size_t, size_t n) {
  void* q = GC_REALLOC(p, n);
  if (q == nullptr) raise_memory_error();
  return q;
}
void gmp_free(void* p, size_t) {
  GC_FREE(p);
}

const bool g_gmp_memory = [] {
  mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free);
  return true;
}();

const __mpz_struct* z(const Int& v) {
  return &v.rep()->z;
}

}  // namespace

Mpz::Mpz(const Int& v) {
  (void)g_gmp_memory;
  if (v.is_small()) {
    mpz_init_set_si(z, v.small());
  } else {
    mpz_init_set(z, &v.rep()->z);
  }
}

Int to_int(Mpz& v) {
  if (mpz_fits_slong_p(v.z)) return Int(static_cast<int64_t>(mpz_get_si(v.z)));
  auto* rep = static_cast<BigRep*>(gc_alloc(sizeof(BigRep)));
  rep->z = *v.z;  // takes the limbs over
  mpz_init(v.z);
  return Int::from_rep(rep);
}

Int Int::from_uint64(uint64_t v) {
  Mpz m;
  mpz_set_ui(m, v);
  return to_int(m);
}

Int Int::from_decimal(const char* digits) {
  Mpz m;
  mpz_set_str(m, digits, 10);
  return to_int(m);
}

int Int::big_sign() const {
  return mpz_sgn(&big_->z);
}

// Correctly rounded (half to even): the top 55 bits with the rest folded
// into a sticky bit round once, in the conversion to double.
double Int::big_to_double() const {
  Mpz mag(*this);
  mpz_abs(mag, mag);
  size_t bits = mpz_sizeinbase(mag, 2);
  size_t drop = bits - 55;  // a big value has at least 64 bits
  bool sticky = mpz_scan1(mag, 0) < drop;
  mpz_fdiv_q_2exp(mag, mag, drop);
  uint64_t top = mpz_get_ui(mag) | (sticky ? 1 : 0);
  double r = std::ldexp(static_cast<double>(top), static_cast<int>(drop));
  if (std::isinf(r)) raise_overflow_error("int too large to convert to float");
  return big_sign() < 0 ? -r : r;
}

int big_compare(const Int& a, const Int& b) {
  int c;
  if (a.is_small()) {
    c = -mpz_cmp_si(z(b), a.small());
  } else if (b.is_small()) {
    c = mpz_cmp_si(z(a), b.small());
  } else {
    c = mpz_cmp(z(a), z(b));
  }
  return (c > 0) - (c < 0);
}

int compare_int_float(const Int& a, double b) {
  if (std::isnan(b)) return 2;
  if (std::isinf(b)) return b > 0 ? -1 : 1;
  // b's integer part decides unless it equals a; then the fraction does.
  double whole = std::trunc(b);
  MpzView x(a);
  Mpz y;
  mpz_set_d(y, whole);
  int c = mpz_cmp(x, y);
  if (c != 0) return (c > 0) - (c < 0);
  double frac = b - whole;
  return frac > 0 ? -1 : frac < 0 ? 1 : 0;
}

namespace {
template <void (*Op)(mpz_ptr, mpz_srcptr, mpz_srcptr)>
Int binary(const Int& a, const Int& b) {
  MpzView x(a), y(b);
  Mpz r;
  Op(r, x, y);
  return to_int(r);
}
}  // namespace

Int big_and(const Int& a, const Int& b) {
  return binary<mpz_and>(a, b);
}
Int big_or(const Int& a, const Int& b) {
  return binary<mpz_ior>(a, b);
}
Int big_xor(const Int& a, const Int& b) {
  return binary<mpz_xor>(a, b);
}
Int big_invert(const Int& a) {
  MpzView x(a);
  Mpz r;
  mpz_com(r, x);
  return to_int(r);
}

// CPython: the magnitude modulo 2**61-1, with the value's sign; -1 is -2.
int64_t big_hash(const Int& v) {
  // (mpz_tdiv_ui returns the remainder of the magnitude.)
  auto h = static_cast<int64_t>(mpz_tdiv_ui(MpzView(v), kHashModulus));
  if (v.negative()) h = -h;
  return h == -1 ? -2 : h;
}

}  // namespace krait::rt
