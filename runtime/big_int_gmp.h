// The GMP side of Int (big_int.h), for the runtime's .cc files only: a big
// value's representation, and conversions between Int and mpz_t.
//
// Contract: `BigRep` is one immutable mpz_t in collector memory. `Mpz` is a
// scratch mpz_t for computing (its limbs are collector memory too, so it
// needs no clearing); `to_int` makes the canonical Int of a computed value
// (small when it fits, else a fresh BigRep holding it). `MpzView` is a
// read-only mpz of any Int that allocates nothing (a small value lives in
// the view's own limb), for operands.
#pragma once

#include <gmp.h>

#include "runtime/big_int.h"

namespace krait::rt {

struct BigRep {
  __mpz_struct z;
};

// A scratch GMP integer.
struct Mpz {
  mpz_t z;
  Mpz() { mpz_init(z); }
  explicit Mpz(const Int& v);
  Mpz(const Mpz&) = delete;
  Mpz& operator=(const Mpz&) = delete;
  operator mpz_ptr() { return z; }
  operator mpz_srcptr() const { return z; }
};

class MpzView {
 public:
  explicit MpzView(const Int& v) {
    if (!v.is_small()) {
      ptr_ = &v.rep()->z;
      return;
    }
    int64_t s = v.small();
    limb_ = s < 0 ? 0 - static_cast<uint64_t>(s) : static_cast<uint64_t>(s);
    ptr_ = mpz_roinit_n(z_, &limb_, s < 0 ? -1 : s > 0 ? 1 : 0);
  }
  MpzView(const MpzView&) = delete;
  MpzView& operator=(const MpzView&) = delete;
  operator mpz_srcptr() const { return ptr_; }

 private:
  mp_limb_t limb_ = 0;
  mpz_t z_;
  mpz_srcptr ptr_;
};

// The canonical Int of `v` (whose limbs the result may take over).
Int to_int(Mpz& v);

}  // namespace krait::rt
