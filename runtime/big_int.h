// Int: a Python int of any size, the C++ type of `int` under `--int=big`.
//
// Contract: an Int is a 16-byte value: a 64-bit small value, or, exactly
// when the value does not fit in int64_t, a pointer to an immutable GMP
// integer whose struct and limbs are collector memory (big_int.cc sets GMP's
// memory functions; nothing is ever freed by hand). The form is canonical,
// so two small Ints are equal exactly when their small values are.
// Conversions: every C++ integer type converts to Int implicitly (never a
// floating-point value, which would truncate); an Int converts implicitly
// to int64_t where the runtime takes an index, count or width, raising
// CPython's `OverflowError: Python int too large to convert to C ssize_t`
// when it does not fit (indexing calls `index_of`, which raises CPython's
// IndexError instead); `static_cast<double>` is CPython's correctly rounded
// float(int) (OverflowError beyond the float range). Comparisons with Ints,
// C++ integers and doubles are exact, as in CPython. The bit operators
// & | ^ ~ are C++ operators with Python's infinite two's-complement meaning;
// arithmetic is in big_int_ops.h, text in big_int_text.h.
#pragma once

#include <concepts>
#include <cstdint>

#include "runtime/exceptions.h"
#include "runtime/hash.h"

namespace krait::rt {

struct BigRep;  // a GMP integer (big_int_gmp.h)

class Int {
 public:
  constexpr Int() = default;
  template <std::integral T>
  constexpr Int(T v) {  // NOLINT: every C++ integer is a Python int
    if constexpr (std::is_unsigned_v<T> && sizeof(T) >= sizeof(int64_t)) {
      if (v > static_cast<T>(INT64_MAX)) {
        *this = from_uint64(static_cast<uint64_t>(v));
        return;
      }
    }
    small_ = static_cast<int64_t>(v);
  }
  // The value of a decimal literal (digits only), for big constants.
  static Int from_decimal(const char* digits);
  static Int from_uint64(uint64_t v);
  static Int from_rep(const BigRep* rep) {
    Int r;
    r.big_ = rep;
    return r;
  }

  bool is_small() const { return big_ == nullptr; }
  int64_t small() const { return small_; }
  const BigRep* rep() const { return big_; }
  bool negative() const { return is_small() ? small_ < 0 : big_sign() < 0; }
  int big_sign() const;  // of a big value: -1 or 1

  operator int64_t() const {  // NOLINT: an index or count (see the contract)
    if (!is_small()) [[unlikely]]
      raise_overflow_error("Python int too large to convert to C ssize_t");
    return small_;
  }
  explicit operator double() const {
    return is_small() ? static_cast<double>(small_) : big_to_double();
  }

 private:
  double big_to_double() const;

  int64_t small_ = 0;
  const BigRep* big_ = nullptr;
};

// A list or str index: CPython's IndexError when it cannot be one.
inline int64_t index_of(const Int& i, const TraceSite* site = nullptr) {
  if (!i.is_small()) [[unlikely]]
    raise_index_error("cannot fit 'int' into an index-sized integer", site);
  return i.small();
}

// A repeat count (str * n, list * n): CPython's OverflowError when too large.
inline int64_t repeat_count(const Int& n) {
  if (!n.is_small()) [[unlikely]]
    raise_overflow_error("cannot fit 'int' into an index-sized integer");
  return n.small();
}

// a <=> b as -1, 0, 1, for values not both small.
int big_compare(const Int& a, const Int& b);
// The comparison of an int with a float, exact as CPython's (NaN: unordered,
// reported as 2).
int compare_int_float(const Int& a, double b);

inline int compare(const Int& a, const Int& b) {
  if (a.is_small() && b.is_small()) return (a.small() > b.small()) - (a.small() < b.small());
  return big_compare(a, b);
}

template <class T>
concept IntOperand = std::same_as<T, Int> || std::integral<T>;
template <class A, class B>
concept IntOperands = IntOperand<A> && IntOperand<B> &&
    (std::same_as<A, Int> || std::same_as<B, Int>);

template <class A, class B>
requires IntOperands<A, B>
bool operator==(const A& a, const B& b) {
  Int x(a), y(b);
  if (x.is_small() && y.is_small()) return x.small() == y.small();
  return big_compare(x, y) == 0;
}
template <class A, class B>
requires IntOperands<A, B>
bool operator!=(const A& a, const B& b) {
  return !(a == b);
}
template <class A, class B>
requires IntOperands<A, B>
bool operator<(const A& a, const B& b) {
  return compare(Int(a), Int(b)) < 0;
}
template <class A, class B>
requires IntOperands<A, B>
bool operator<=(const A& a, const B& b) {
  return compare(Int(a), Int(b)) <= 0;
}
template <class A, class B>
requires IntOperands<A, B>
bool operator>(const A& a, const B& b) {
  return compare(Int(a), Int(b)) > 0;
}
template <class A, class B>
requires IntOperands<A, B>
bool operator>=(const A& a, const B& b) {
  return compare(Int(a), Int(b)) >= 0;
}

Int big_and(const Int& a, const Int& b);
Int big_or(const Int& a, const Int& b);
Int big_xor(const Int& a, const Int& b);
Int big_invert(const Int& a);

template <class A, class B>
requires IntOperands<A, B> Int operator&(const A& a, const B& b) {
  Int x(a), y(b);
  if (x.is_small() && y.is_small()) return x.small() & y.small();
  return big_and(x, y);
}
template <class A, class B>
requires IntOperands<A, B> Int operator|(const A& a, const B& b) {
  Int x(a), y(b);
  if (x.is_small() && y.is_small()) return x.small() | y.small();
  return big_or(x, y);
}
template <class A, class B>
requires IntOperands<A, B> Int operator^(const A& a, const B& b) {
  Int x(a), y(b);
  if (x.is_small() && y.is_small()) return x.small() ^ y.small();
  return big_xor(x, y);
}
inline Int operator~(const Int& a) {
  return a.is_small() ? Int(~a.small()) : big_invert(a);
}

// The runtime's protocols (compare.h, hash.h, builtins.h) for Int.
inline bool py_eq(const Int& a, const Int& b) {
  return a == b;
}
inline bool py_lt(const Int& a, const Int& b) {
  return a < b;
}
inline bool py_eq(const Int& a, double b) {
  return compare_int_float(a, b) == 0;
}
inline bool py_eq(double a, const Int& b) {
  return compare_int_float(b, a) == 0;
}
inline bool py_lt(const Int& a, double b) {
  return compare_int_float(a, b) == -1;
}
inline bool py_lt(double a, const Int& b) {
  return compare_int_float(b, a) == 1;
}
int64_t big_hash(const Int& v);
inline int64_t hash_of(const Int& v) {
  return v.is_small() ? hash_int(v.small()) : big_hash(v);
}
inline bool truthy(const Int& v) {
  return !v.is_small() || v.small() != 0;
}

}  // namespace krait::rt
