// Number: a value that is an int on some paths and a float on others.
//
// The annotator's `number` type (int ∪ float, see annotator/types.h) keeps
// Python's behaviour where one variable sees both: `total = 0` then
// `total += price` prints `0` until a float arrives and `2.5` after. A
// Number is a small value struct holding either an int64_t or a double and
// which one it is; int and float values convert to it implicitly.
// Arithmetic follows CPython: int op int stays an int (overflow-checked as
// every int), anything with a float is a float, `/` always gives a float;
// comparisons compare the values; str/repr/format/hash are those of the
// held int or float (so hash(2) == hash(2.0) as in CPython).
#pragma once

#include <cstdint>

#include "runtime/float_ops.h"
#include "runtime/fmt_arg.h"
#include "runtime/format_spec.h"
#include "runtime/hash.h"
#include "runtime/int_ops.h"
#include "runtime/repr.h"

namespace krait::rt {

struct Number {
  bool is_float = false;
  int64_t i = 0;
  double f = 0.0;

  Number() = default;
  Number(int64_t v) : i(v) {}
  Number(int v) : i(v) {}
  Number(bool v) : i(v) {}
  Number(double v) : is_float(true), f(v) {}

  double to_double() const { return is_float ? f : static_cast<double>(i); }
};

template <>
inline constexpr bool kPointerFree<Number> = true;

// round(x) and round(x, ndigits) of the held int or float, as CPython.
inline int64_t num_round(Number a) {
  return a.is_float ? float_round(a.f) : a.i;
}
inline Number num_round(Number a, int64_t ndigits) {
  return a.is_float ? Number(float_round(a.f, ndigits)) : Number(int_round(a.i, ndigits));
}

// The int operation when both are ints, else the float one; `site` is the
// operation's traceback site for the raising paths (traceback.h).
template <class IntOp, class FloatOp>
Number num_binary(Number a, Number b, const TraceSite* site, IntOp int_op, FloatOp float_op) {
  if (!a.is_float && !b.is_float) return int_op(a.i, b.i, site);
  return float_op(a.to_double(), b.to_double(), site);
}

inline Number num_add(Number a, Number b, const TraceSite* site = nullptr) {
  return num_binary(a, b, site, int_add,
                    [](double x, double y, const TraceSite*) { return x + y; });
}
inline Number num_sub(Number a, Number b, const TraceSite* site = nullptr) {
  return num_binary(a, b, site, int_sub,
                    [](double x, double y, const TraceSite*) { return x - y; });
}
inline Number num_mul(Number a, Number b, const TraceSite* site = nullptr) {
  return num_binary(a, b, site, int_mul,
                    [](double x, double y, const TraceSite*) { return x * y; });
}
inline Number num_floordiv(Number a, Number b, const TraceSite* site = nullptr) {
  return num_binary(a, b, site, int_floordiv, float_floordiv);
}
inline Number num_mod(Number a, Number b, const TraceSite* site = nullptr) {
  return num_binary(a, b, site, int_mod, float_mod);
}
// int ** negative int is a float in Python.
inline Number num_pow(Number a, Number b) {
  if (!a.is_float && !b.is_float && b.i >= 0) return int_pow(a.i, b.i);
  return float_pow(a.to_double(), b.to_double());
}
inline Number num_neg(Number a, const TraceSite* site = nullptr) {
  return a.is_float ? Number(-a.f) : Number(int_neg(a.i, site));
}
inline Number abs(Number a) {
  return a.is_float ? Number(std::fabs(a.f)) : Number(int_abs(a.i));
}

// A number used to repeat a sequence (`[0] * n` where n = 2 ** k): an int,
// or CPython's TypeError when it is a float.
inline int64_t repeat_count(Number n) {
  if (n.is_float) [[unlikely]]
    raise_type_error(Str("can't multiply sequence by non-int of type 'float'"));
  return n.i;
}

// int(x)
inline int64_t num_to_int(Number a) {
  return a.is_float ? float_to_int(a.f) : a.i;
}

inline bool py_eq(Number a, Number b) {
  if (!a.is_float && !b.is_float) return a.i == b.i;
  return a.to_double() == b.to_double();
}
inline bool py_lt(Number a, Number b) {
  if (!a.is_float && !b.is_float) return a.i < b.i;
  return a.to_double() < b.to_double();
}
inline bool truthy(Number a) {
  return a.is_float ? a.f != 0.0 : a.i != 0;
}
inline int64_t hash_of(Number a) {
  return a.is_float ? hash_of(a.f) : hash_of(a.i);
}

inline void repr_to(StrBuilder& out, Number a) {
  if (a.is_float) {
    repr_to(out, a.f);
  } else {
    repr_to(out, a.i);
  }
}
inline void str_to(StrBuilder& out, Number a) {
  repr_to(out, a);
}
inline Str format(Number a, Str spec) {
  return a.is_float ? format(a.f, spec) : format(a.i, spec);
}
inline FmtArg fmt_arg(Number a) {
  return a.is_float ? fmt_arg(a.f) : fmt_arg(a.i);
}

}  // namespace krait::rt
