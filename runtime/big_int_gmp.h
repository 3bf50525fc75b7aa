// The GMP side of Int (big_int.h), for the runtime's .cc files only: a big
// value's representation, and conversions between Int and mpz_t.
//
// Contract: `BigRep` is one immutable mpz_t in collector memory. `Mpz` is a
// scratch mpz_t for computing (its limbs are collector memory too, so it
// needs no clearing); `to_int` makes the canonical Int of a computed value
// (small when it fits, else a fresh BigRep holding it). `with_mpz(x, f)`
// calls f with a read-only mpz view of any Int.
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

// The canonical Int of `v` (whose limbs the result may take over).
Int to_int(Mpz& v);

}  // namespace krait::rt
