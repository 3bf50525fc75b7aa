// Python `==` and `<` on values, as containers need them.
//
// `py_eq(a, b)` and `py_lt(a, b)` are the overload set that list, tuple and
// dict use for membership, index(), comparison and sorting. This header gives
// numbers, bools, str and instances (through their eq_hook / lt_hook:
// runtime/object.h). Containers add their overloads (lexicographic for list
// and tuple), found by argument-dependent lookup.
#pragma once

#include <cmath>
#include <concepts>
#include <cstdint>
#include <type_traits>

#include "runtime/object.h"
#include "runtime/repr.h"
#include "runtime/str.h"

namespace krait::rt {

inline bool py_eq(int64_t a, int64_t b) {
  return a == b;
}
inline bool py_eq(double a, double b) {
  return a == b;
}
// Exactly bool: a pointer must never convert to bool and compare silently.
template <std::same_as<bool> B>
bool py_eq(B a, B b) {
  return a == b;
}
inline bool py_eq(Str a, Str b) {
  return a == b;
}
inline bool py_eq(const Object* a, const Object* b) {
  if (a == nullptr || b == nullptr) return a == b;
  return const_cast<Object*>(a)->eq_hook(const_cast<Object*>(b));
}

inline bool py_lt(int64_t a, int64_t b) {
  return a < b;
}
inline bool py_lt(double a, double b) {
  return a < b;
}
template <std::same_as<bool> B>
bool py_lt(B a, B b) {
  return a < b;
}
inline bool py_lt(Str a, Str b) {
  return a < b;
}
inline bool py_lt(const Object* a, const Object* b) {
  if (a == nullptr) raise_unorderable(a, b);
  return const_cast<Object*>(a)->lt_hook(const_cast<Object*>(b));
}

// None == None (the items of containers that never hold anything: `{} == {}`).
inline bool py_eq(NoneType, NoneType) {
  return true;
}
inline bool py_lt(NoneType, NoneType) {
  return false;
}

// An int and a float compared exactly, by value, as CPython does (no
// rounding of the int to a double).
inline bool int_float_eq(int64_t a, double b) {
  if (!(b >= -0x1p63 && b < 0x1p63) || b != std::trunc(b)) return false;
  return static_cast<int64_t>(b) == a;
}
inline bool int_float_lt(int64_t a, double b) {  // a < b
  if (std::isnan(b)) return false;
  if (b >= 0x1p63) return true;
  if (b < -0x1p63) return false;
  double c = std::ceil(b);  // a < b exactly when a < ceil(b)
  return c >= 0x1p63 || a < static_cast<int64_t>(c);
}
inline bool float_int_lt(double a, int64_t b) {  // a < b
  if (std::isnan(a)) return false;
  if (a < -0x1p63) return true;
  if (a >= 0x1p63) return false;
  return static_cast<int64_t>(std::floor(a)) < b;  // a < b exactly when floor(a) < b
}

template <class A, class B>
concept IntAndFloat = std::is_integral_v<A> && std::is_floating_point_v<B>;

// `a == b` and `a < b` for items of two C++ types (a tuple's item against
// another tuple's): ints and floats by value; otherwise b as an A (or a
// as a B).
template <class A, class B>
bool mixed_eq(const A& a, const B& b) {
  if constexpr (std::is_same_v<A, B>) {
    return py_eq(a, b);
  } else if constexpr (IntAndFloat<A, B>) {
    return int_float_eq(static_cast<int64_t>(a), b);
  } else if constexpr (IntAndFloat<B, A>) {
    return int_float_eq(static_cast<int64_t>(b), a);
  } else if constexpr (std::is_constructible_v<A, B>) {
    return py_eq(a, A(b));
  } else {
    return py_eq(B(a), b);
  }
}
template <class A, class B>
bool mixed_lt(const A& a, const B& b) {
  if constexpr (std::is_same_v<A, B>) {
    return py_lt(a, b);
  } else if constexpr (IntAndFloat<A, B>) {
    return int_float_lt(static_cast<int64_t>(a), b);
  } else if constexpr (IntAndFloat<B, A>) {
    return float_int_lt(a, static_cast<int64_t>(b));
  } else if constexpr (std::is_constructible_v<A, B>) {
    return py_lt(a, A(b));
  } else {
    return py_lt(B(a), b);
  }
}

}  // namespace krait::rt
