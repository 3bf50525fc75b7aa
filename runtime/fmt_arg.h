// FmtArg: one argument of `%`-formatting or `str.format`, type-erased.
//
// The two run-time formatters take a list of already-typed arguments:
// `fmt_arg(x)` wraps an int, float, bool or str as itself (an int beyond 64
// bits, under --int=big, as its decimal text: big_int_text.h) and anything else
// (lists, dicts, tuples, instances) as its precomputed str() and repr(),
// which is all those formatters can do with it. Generated code writes
// `percent_format(fmt, {fmt_arg(a), fmt_arg(b)})`.
#pragma once

#include <cstdint>

#include "runtime/repr.h"
#include "runtime/str.h"

namespace krait::rt {

struct FmtArg {
  enum class Kind { kInt, kBigInt, kFloat, kBool, kStr, kOther };
  Kind kind = Kind::kOther;
  int64_t i = 0;
  double f = 0;
  Str s;  // the value of a kStr; str(x) of a kOther or a kBigInt (an int beyond 64 bits)
  Str r;  // repr(x) of a kOther
  const char* type_name = "object";
};

inline FmtArg fmt_arg(int64_t v) {
  return {FmtArg::Kind::kInt, v, 0, Str(), Str(), "int"};
}
inline FmtArg fmt_arg(int v) {
  return fmt_arg(static_cast<int64_t>(v));
}
inline FmtArg fmt_arg(double v) {
  return {FmtArg::Kind::kFloat, 0, v, Str(), Str(), "float"};
}
inline FmtArg fmt_arg(bool v) {
  return {FmtArg::Kind::kBool, v, 0, Str(), Str(), "bool"};
}
inline FmtArg fmt_arg(Str v) {
  if (v.is_none()) return {FmtArg::Kind::kOther, 0, 0, Str("None"), Str("None"), "NoneType"};
  return {FmtArg::Kind::kStr, 0, 0, v, Str(), "str"};
}
inline FmtArg fmt_arg(const char* v) {
  return fmt_arg(Str(v));
}
template <class T>
FmtArg fmt_arg(const T& v) {
  return {FmtArg::Kind::kOther, 0, 0, str(v), repr(v), "object"};
}

// str(x) and repr(x) of the wrapped value.
Str fmt_arg_str(const FmtArg& a);
Str fmt_arg_repr(const FmtArg& a);

}  // namespace krait::rt
