// Python's built-in functions over the runtime's types.
//
// Iteration helpers are C++ ranges for range-for loops: `range(...)` (a
// value with CPython's length rules; a zero step raises `ValueError: range()
// arg 3 must not be zero`), `enumerate(list[, start])` and `zip(a, b[, c])`
// (yielding Tuples), `reversed(list)`. `sorted`, `min`, `max`, `sum` follow
// CPython: stable sort, the first of equal extremes wins, `ValueError:
// max() arg is an empty sequence`, sum adds left to right. `ord`/`chr` raise
// CPython's errors. `len` works on str, list, dict and range; `truthy` is
// bool(x). Numeric builtins (`abs`, `divmod`, `pow`, `round`) pick the int or
// float semantics by argument type; int() and float() of a string are in
// convert.h, int(float) in float_ops.h.
#pragma once

#include <cmath>
#include <cstdint>

#include "runtime/dict.h"
#include "runtime/float_ops.h"
#include "runtime/int_ops.h"
#include "runtime/list.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace krait::rt {

struct Range {
  int64_t start, stop, step;
  int64_t size() const {
    if (step > 0 && start < stop)
      return 1 + static_cast<int64_t>((static_cast<uint64_t>(stop) - start - 1) / step);
    if (step < 0 && start > stop) {
      return 1 + static_cast<int64_t>((static_cast<uint64_t>(start) - stop - 1) /
                                      (0 - static_cast<uint64_t>(step)));
    }
    return 0;
  }
  struct Iterator {
    int64_t value, step, remaining;
    int64_t operator*() const { return value; }
    Iterator& operator++() {
      --remaining;
      if (remaining > 0) value += step;
      return *this;
    }
    bool operator!=(const Iterator&) const { return remaining > 0; }
  };
  Iterator begin() const { return {start, step, size()}; }
  Iterator end() const { return {0, 0, 0}; }
  bool contains(int64_t x) const {
    if (step > 0 ? (x < start || x >= stop) : (x > start || x <= stop)) return false;
    return (static_cast<__int128>(x) - start) % step == 0;
  }
  List<int64_t>* to_list() const {
    auto* l = List<int64_t>::make(0);
    l->reserve(size());
    for (int64_t v : *this) l->append(v);
    return l;
  }
};

[[noreturn]] void raise_range_step_zero();

inline Range range(int64_t stop) {
  return {0, stop, 1};
}
inline Range range(int64_t start, int64_t stop, int64_t step = 1) {
  if (step == 0) raise_range_step_zero();
  return {start, stop, step};
}

inline int64_t len(Str s) {
  return s.len();
}
template <class T>
int64_t len(const T* container) {
  return container->size();
}
inline int64_t len(const Range& r) {
  return r.size();
}

inline bool truthy(int64_t v) {
  return v != 0;
}
inline bool truthy(double v) {
  return v != 0.0;
}
inline bool truthy(bool v) {
  return v;
}
inline bool truthy(const Object* o) {
  return o != nullptr;
}

template <class T>
struct Enumerate {
  const List<T>* list;
  int64_t start;
  struct Iterator {
    typename List<T>::Iterator it;
    int64_t n;
    Tuple<int64_t, T> operator*() const { return {n, *it}; }
    Iterator& operator++() {
      ++it, ++n;
      return *this;
    }
    bool operator!=(const Iterator& o) const { return it != o.it; }
  };
  Iterator begin() const { return {list->begin(), start}; }
  Iterator end() const { return {list->end(), 0}; }
};
template <class T>
Enumerate<T> enumerate(const List<T>* l, int64_t start = 0) {
  return {l, start};
}

template <class... Ts>
struct Zip {
  std::tuple<const List<Ts>*...> lists;
  struct Iterator {
    std::tuple<const List<Ts>*...> lists;
    int64_t i;
    Tuple<Ts...> operator*() const {
      return std::apply([&](auto*... l) { return Tuple<Ts...>(l->items[i]...); }, lists);
    }
    Iterator& operator++() {
      ++i;
      return *this;
    }
    bool operator!=(const Iterator&) const {
      return std::apply([&](auto*... l) { return ((i < l->len) && ...); }, lists);
    }
  };
  Iterator begin() const { return {lists, 0}; }
  Iterator end() const { return {lists, 0}; }
};
template <class... Ts>
Zip<Ts...> zip(const List<Ts>*... lists) {
  return {{lists...}};
}

template <class T>
struct Reversed {
  const List<T>* list;
  struct Iterator {
    const List<T>* list;
    int64_t i;
    T operator*() const { return list->items[i]; }
    Iterator& operator++() {
      --i;
      return *this;
    }
    bool operator!=(const Iterator&) const { return i >= 0 && i < list->len; }
  };
  Iterator begin() const { return {list, list->len - 1}; }
  Iterator end() const { return {list, -1}; }
};
template <class T>
Reversed<T> reversed(const List<T>* l) {
  return {l};
}

template <class T>
List<T>* sorted(const List<T>* l, bool reverse = false) {
  List<T>* r = l->copy();
  r->sort(reverse);
  return r;
}
template <class T, class KeyFn>
List<T>* sorted(const List<T>* l, KeyFn key, bool reverse = false) {
  List<T>* r = l->copy();
  r->sort(key, reverse);
  return r;
}

[[noreturn]] void raise_empty_extreme(const char* fn);

template <class T, class... Ts>
requires(sizeof...(Ts) >= 1) T min(T first, Ts... rest) {
  T best = first;
  ((best = py_lt(T(rest), best) ? T(rest) : best), ...);
  return best;
}
template <class T, class... Ts>
requires(sizeof...(Ts) >= 1) T max(T first, Ts... rest) {
  T best = first;
  ((best = py_lt(best, T(rest)) ? T(rest) : best), ...);
  return best;
}
template <class T>
T min(const List<T>* l) {
  if (l->len == 0) raise_empty_extreme("min");
  T best = l->items[0];
  for (int64_t i = 1; i < l->len; ++i) {
    if (py_lt(l->items[i], best)) best = l->items[i];
  }
  return best;
}
template <class T>
T max(const List<T>* l) {
  if (l->len == 0) raise_empty_extreme("max");
  T best = l->items[0];
  for (int64_t i = 1; i < l->len; ++i) {
    if (py_lt(best, l->items[i])) best = l->items[i];
  }
  return best;
}

inline int64_t sum(const List<int64_t>* l, int64_t start = 0) {
  for (int64_t i = 0; i < l->len; ++i) start = int_add(start, l->items[i]);
  return start;
}
inline double sum(const List<double>* l, double start = 0.0) {
  for (int64_t i = 0; i < l->len; ++i) start += l->items[i];
  return start;
}

inline int64_t abs(int64_t v) {
  return int_abs(v);
}
inline double abs(double v) {
  return std::fabs(v);
}

inline Tuple<int64_t, int64_t> divmod(int64_t a, int64_t b) {
  if (b == 0) raise_zero_division("integer division or modulo by zero");
  int64_t q = int_floordiv(a, b);
  return {q, a - q * b};
}
Tuple<double, double> divmod(double a, double b);

// pow(base, exp, mod) for ints.
int64_t int_pow_mod(int64_t base, int64_t exp, int64_t mod);

int64_t ord(Str s);
Str chr(int64_t cp);

}  // namespace krait::rt
