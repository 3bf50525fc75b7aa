// Python `==` and `<` on values, as containers need them.
//
// `py_eq(a, b)` and `py_lt(a, b)` are the overload set that list, tuple and
// dict use for membership, index(), comparison and sorting. This header gives
// numbers, bools, str and instances (through their eq_hook / lt_hook:
// runtime/object.h). Containers add their overloads (lexicographic for list
// and tuple), found by argument-dependent lookup.
#pragma once

#include <concepts>
#include <cstdint>

#include "runtime/object.h"
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

}  // namespace krait::rt
