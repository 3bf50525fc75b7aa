// Python `==` and `<` on values, as containers need them.
//
// `py_eq(a, b)` and `py_lt(a, b)` are the overload set that list, tuple and
// dict use for membership, index(), comparison and sorting. This header gives
// numbers, bools, str and instances (identity for ==; an instance has no
// default <, so py_lt on instances is only instantiated when the backend
// provides one for a class with __lt__). Containers add their overloads
// (lexicographic for list and tuple), found by argument-dependent lookup.
// Generated classes with __eq__/__lt__ get `py_eq`/`py_lt` overloads in
// their own namespace, which argument-dependent lookup also finds.
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
  return a == b;
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

}  // namespace krait::rt
