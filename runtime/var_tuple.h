// Python tuples of any length whose items share one type: `VarTuple<T>`.
//
// Where tuples of different lengths meet (`aliases=()` and then
// `("emerald", "stone")`), the annotator gives them the type
// `tuple[T, ...]`, and the C++ value is a VarTuple: a pointer to an
// immutable GC-allocated array of items and its length (a value struct,
// like Tuple; copies share the array, which nothing ever writes after it is
// built). A fixed tuple converts to it with `VarTuple<T>::from(tuple)` (or
// the explicit constructor), and a VarTuple of other item types with
// `vartuple_as<T>(t)`.
// Python semantics: `len`, `truthy`, iteration (`py_iter`), `contains` (in),
// `get` (negative indices, IndexError "tuple index out of range"),
// `slice` (any step), `py_eq`/`py_lt` (lexicographic, also against a fixed
// Tuple), `hash_of` (CPython 3.11's tuplehash, as for Tuple),
// `repr_to`/`str_to` (`()`, `('a',)`, `('a', 'b')`), `vartuple_concat` (+),
// `vartuple_repeat` (*), `count` and `index` (ValueError
// "tuple.index(x): x not in tuple"). Unpacking checks the length with
// check_unpack (builtins.h) and reads items with `get`.
#pragma once

#include <cstring>
#include <initializer_list>
#include <type_traits>

#include "runtime/compare.h"
#include "runtime/exceptions.h"
#include "runtime/gc.h"
#include "runtime/hash.h"
#include "runtime/repr.h"
#include "runtime/slice.h"
#include "runtime/tuple.h"

namespace krait::rt {

template <class T>
struct VarTuple {
  using Item = T;
  const T* items = nullptr;
  int64_t size = 0;

  VarTuple() = default;
  VarTuple(const T* items_, int64_t size_) : items(items_), size(size_) {}
  // A fixed tuple's items: implicit, so a fixed tuple is a key of a dict or
  // set of VarTuples (`d[(1, 2)]`, `(1,) in d`) as in CPython.
  template <class... Ts>
  VarTuple(const Tuple<Ts...>& fixed) : VarTuple(from(fixed)) {}  // NOLINT: see above

  // n items, each T{}, for a builder to fill in before anyone reads them.
  static VarTuple make(int64_t n, T** storage) {
    T* array = n > 0 ? gc_array<T>(n) : nullptr;
    for (int64_t i = 0; i < n; ++i) new (&array[i]) T{};
    *storage = array;
    return VarTuple{array, n > 0 ? n : 0};
  }
  static VarTuple of(std::initializer_list<T> values) {
    T* out;
    VarTuple t = make(static_cast<int64_t>(values.size()), &out);
    int64_t i = 0;
    for (const T& v : values) out[i++] = v;
    return t;
  }
  // A fixed tuple's items, each converted to T.
  template <class... Ts>
  static VarTuple from(const Tuple<Ts...>& fixed) {
    return std::apply([](const auto&... x) { return of({T(x)...}); },
                      static_cast<const std::tuple<Ts...>&>(fixed));
  }

  const T* begin() const { return items; }
  const T* end() const { return items + size; }

  T get(int64_t i, const TraceSite* site = nullptr) const {
    if (i < 0) i += size;
    if (i < 0 || i >= size) [[unlikely]]
      raise_index_error("tuple index out of range", site);
    return items[i];
  }

  VarTuple slice(const Slice& s) const {
    int64_t start, stop;
    int64_t n = s.adjust(size, &start, &stop);
    T* out;
    VarTuple t = make(n, &out);
    for (int64_t k = 0; k < n; ++k) out[k] = items[start + k * s.step];
    return t;
  }

  template <class X>
  int64_t count(const X& x) const {
    int64_t n = 0;
    for (int64_t i = 0; i < size; ++i) n += py_eq(items[i], T(x));
    return n;
  }
  template <class X>
  int64_t index(const X& x) const {
    for (int64_t i = 0; i < size; ++i) {
      if (py_eq(items[i], T(x))) return i;
    }
    raise_value_error("tuple.index(x): x not in tuple");
  }
};

template <class T>
inline constexpr bool kPointerFree<VarTuple<T>> = false;

// The items of `t` as a VarTuple of items of type T.
template <class T, class U>
VarTuple<T> vartuple_as(const VarTuple<U>& t) {
  if constexpr (std::is_same_v<T, U>) {
    return t;
  } else {
    T* out;
    VarTuple<T> r = VarTuple<T>::make(t.size, &out);
    for (int64_t i = 0; i < t.size; ++i) out[i] = T(t.items[i]);
    return r;
  }
}

template <class T>
VarTuple<T> vartuple_concat(const VarTuple<T>& a, const VarTuple<T>& b) {
  T* out;
  VarTuple<T> r = VarTuple<T>::make(a.size + b.size, &out);
  for (int64_t i = 0; i < a.size; ++i) out[i] = a.items[i];
  for (int64_t i = 0; i < b.size; ++i) out[a.size + i] = b.items[i];
  return r;
}

template <class T>
VarTuple<T> vartuple_repeat(const VarTuple<T>& t, int64_t n) {
  if (n <= 0 || t.size == 0) return VarTuple<T>{};
  if (t.size > INT64_MAX / n) raise_memory_error();
  T* out;
  VarTuple<T> r = VarTuple<T>::make(t.size * n, &out);
  for (int64_t k = 0; k < n; ++k) {
    for (int64_t i = 0; i < t.size; ++i) out[k * t.size + i] = t.items[i];
  }
  return r;
}

template <class T>
int64_t len(const VarTuple<T>& t) {
  return t.size;
}
template <class T>
bool truthy(const VarTuple<T>& t) {
  return t.size > 0;
}

template <class T>
struct VarTupleIter {
  using Item = T;
  VarTuple<T> tuple;
  int64_t i = 0;
  bool next(Item& out) {
    if (i == tuple.size) return false;
    out = tuple.items[i++];
    return true;
  }
};
template <class T>
VarTupleIter<T> py_iter(const VarTuple<T>& t) {
  return {t};
}

template <class T, class X>
bool contains(const VarTuple<T>& t, const X& x) {
  if constexpr (std::is_convertible_v<X, T>) {
    for (const T& item : t) {
      if (py_eq(item, T(x))) return true;
    }
  }
  return false;
}

template <class T>
bool py_eq(const VarTuple<T>& a, const VarTuple<T>& b) {
  if (a.size != b.size) return false;
  for (int64_t i = 0; i < a.size; ++i) {
    if (!py_eq(a.items[i], b.items[i])) return false;
  }
  return true;
}
template <class T>
bool py_lt(const VarTuple<T>& a, const VarTuple<T>& b) {
  int64_t n = a.size < b.size ? a.size : b.size;
  for (int64_t i = 0; i < n; ++i) {
    if (!py_eq(a.items[i], b.items[i])) return py_lt(a.items[i], b.items[i]);
  }
  return a.size < b.size;
}
// Against a fixed tuple (`t == ("a", "b")`): item by item, an int and a
// float by value (`(0, 1) == (0.0, 1.5)` is False; the floats are never
// converted to the VarTuple's int items).
template <class T, class... Ts>
bool py_eq(const VarTuple<T>& a, const Tuple<Ts...>& b) {
  if (a.size != static_cast<int64_t>(sizeof...(Ts))) return false;
  bool eq = true;
  int64_t i = 0;
  for_each_item(b, [&](const auto& x) { eq = eq && mixed_eq(a.items[i++], x); });
  return eq;
}
template <class T, class... Ts>
bool py_eq(const Tuple<Ts...>& a, const VarTuple<T>& b) {
  return py_eq(b, a);
}
// The first index where the items differ decides; else the shorter is less.
template <class T, class... Ts>
bool py_lt(const VarTuple<T>& a, const Tuple<Ts...>& b) {
  int64_t n = static_cast<int64_t>(sizeof...(Ts));
  int decided = 0;  // 0: equal so far, 1: a < b, -1: not
  int64_t i = 0;
  for_each_item(b, [&](const auto& x) {
    if (decided != 0 || i >= a.size) return;
    if (!mixed_eq(a.items[i], x)) decided = mixed_lt(a.items[i], x) ? 1 : -1;
    ++i;
  });
  return decided != 0 ? decided == 1 : a.size < n;
}
template <class T, class... Ts>
bool py_lt(const Tuple<Ts...>& a, const VarTuple<T>& b) {
  int64_t n = static_cast<int64_t>(sizeof...(Ts));
  int decided = 0;  // 0: equal so far, 1: a < b, -1: not
  int64_t i = 0;
  for_each_item(a, [&](const auto& x) {
    if (decided != 0 || i >= b.size) return;
    if (!mixed_eq(b.items[i], x)) decided = mixed_lt(x, b.items[i]) ? 1 : -1;
    ++i;
  });
  return decided != 0 ? decided == 1 : n < b.size;
}

template <class T>
int64_t hash_of(const VarTuple<T>& t) {
  TupleHasher h;
  for (const T& x : t) h.add(hash_of(x));
  return h.finish(t.size);
}

template <class T>
void repr_to(StrBuilder& out, const VarTuple<T>& t) {
  out.push('(');
  for (int64_t i = 0; i < t.size; ++i) {
    if (i > 0) out.append(", ");
    repr_to(out, t.items[i]);
  }
  if (t.size == 1) out.push(',');
  out.push(')');
}
template <class T>
void str_to(StrBuilder& out, const VarTuple<T>& t) {
  repr_to(out, t);
}

}  // namespace krait::rt
