// BigNumber: the annotator's `number` (an int or a float by run-time value)
// under --int=big, whose int is an Int.
//
// Contract: as Number (number.h), with exact ints: int op int is the Int
// operation (big_int_ops.h), anything with a float is the float operation
// on the int's correctly rounded value, comparisons between an int and a
// float are exact, and `int ** negative` is a float.
#pragma once

#include <cmath>

#include "runtime/big_int_ops.h"
#include "runtime/big_int_text.h"
#include "runtime/float_ops.h"

namespace krait::rt {

struct BigNumber {
  bool is_float = false;
  Int i;
  double f = 0.0;

  BigNumber() = default;
  BigNumber(Int v) : i(v) {}  // NOLINT: ints and floats are numbers
  template <std::integral T>
  BigNumber(T v) : i(v) {}                       // NOLINT
  BigNumber(double v) : is_float(true), f(v) {}  // NOLINT

  double to_double() const { return is_float ? f : static_cast<double>(i); }
};

template <class IntOp, class FloatOp>
BigNumber num_binary(const BigNumber& a, const BigNumber& b, const TraceSite* site, IntOp int_op,
                     FloatOp float_op) {
  if (!a.is_float && !b.is_float) return int_op(a.i, b.i, site);
  return float_op(a.to_double(), b.to_double(), site);
}

inline BigNumber num_add(const BigNumber& a, const BigNumber& b, const TraceSite* site = nullptr) {
  return num_binary(a, b, site, int_add_big,
                    [](double x, double y, const TraceSite*) { return x + y; });
}
inline BigNumber num_sub(const BigNumber& a, const BigNumber& b, const TraceSite* site = nullptr) {
  return num_binary(a, b, site, int_sub_big,
                    [](double x, double y, const TraceSite*) { return x - y; });
}
inline BigNumber num_mul(const BigNumber& a, const BigNumber& b, const TraceSite* site = nullptr) {
  return num_binary(a, b, site, int_mul_big,
                    [](double x, double y, const TraceSite*) { return x * y; });
}
inline BigNumber num_floordiv(const BigNumber& a, const BigNumber& b,
                              const TraceSite* site = nullptr) {
  return num_binary(a, b, site, int_floordiv_big, float_floordiv);
}
inline BigNumber num_mod(const BigNumber& a, const BigNumber& b, const TraceSite* site = nullptr) {
  return num_binary(a, b, site, int_mod_big, float_mod);
}
// `/`: the correctly rounded quotient of two ints, else float division.
inline double num_truediv(const BigNumber& a, const BigNumber& b, const TraceSite* site = nullptr) {
  if (!a.is_float && !b.is_float) return int_truediv_big(a.i, b.i, site);
  return float_div(a.to_double(), b.to_double(), site);
}
inline BigNumber num_pow(const BigNumber& a, const BigNumber& b) {
  if (!a.is_float && !b.is_float && !b.i.negative()) return int_pow_big(a.i, b.i);
  return float_pow(a.to_double(), b.to_double());
}
inline BigNumber num_neg(const BigNumber& a, const TraceSite* site = nullptr) {
  return a.is_float ? BigNumber(-a.f) : BigNumber(int_neg_big(a.i, site));
}
inline BigNumber abs(const BigNumber& a) {
  return a.is_float ? BigNumber(std::fabs(a.f)) : BigNumber(abs(a.i));
}
inline int64_t repeat_count(const BigNumber& n) {
  if (n.is_float) [[unlikely]]
    raise_type_error(Str("can't multiply sequence by non-int of type 'float'"));
  return repeat_count(n.i);
}
inline Int num_to_int(const BigNumber& a) {
  return a.is_float ? float_to_int_big(a.f) : a.i;
}

inline bool py_eq(const BigNumber& a, const BigNumber& b) {
  if (!a.is_float && !b.is_float) return a.i == b.i;
  if (a.is_float && b.is_float) return a.f == b.f;
  return a.is_float ? py_eq(a.f, b.i) : py_eq(a.i, b.f);
}
inline bool py_lt(const BigNumber& a, const BigNumber& b) {
  if (!a.is_float && !b.is_float) return a.i < b.i;
  if (a.is_float && b.is_float) return a.f < b.f;
  return a.is_float ? py_lt(a.f, b.i) : py_lt(a.i, b.f);
}
inline bool truthy(const BigNumber& a) {
  return a.is_float ? a.f != 0.0 : truthy(a.i);
}
inline int64_t hash_of(const BigNumber& a) {
  return a.is_float ? hash_of(a.f) : hash_of(a.i);
}
inline void repr_to(StrBuilder& out, const BigNumber& a) {
  if (a.is_float) {
    repr_to(out, a.f);
  } else {
    repr_to(out, a.i);
  }
}
inline void str_to(StrBuilder& out, const BigNumber& a) {
  repr_to(out, a);
}
inline Str format(const BigNumber& a, Str spec) {
  return a.is_float ? format(a.f, spec) : format(a.i, spec);
}
inline FmtArg fmt_arg(const BigNumber& a) {
  return a.is_float ? fmt_arg(a.f) : fmt_arg(a.i);
}

}  // namespace krait::rt
