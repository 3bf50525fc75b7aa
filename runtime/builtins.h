// Python's built-in functions over the runtime's types.
//
// `range(...)` is a value with CPython's length rules (a zero step raises
// `ValueError: range() arg 3 must not be zero`); `min`/`max` of several
// arguments are here, the iteration helpers (enumerate, zip, reversed) and
// reductions over iterables (sorted, min, max, sum, any, all) are in
// iterators.h. `ord`/`chr` raise
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
  // r[i], negative i from the end; IndexError as CPython's.
  int64_t get(int64_t i, const TraceSite* site = nullptr) const {
    int64_t n = size();
    if (i < 0) i += n;
    if (i < 0 || i >= n) [[unlikely]]
      raise_index_error("range object index out of range", site);
    return start + i * step;  // within [start, stop): cannot overflow
  }
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
inline bool truthy(NoneType) {
  return false;
}
template <class... Ts>
bool truthy(const Tuple<Ts...>&) {
  return sizeof...(Ts) > 0;
}
template <class... Ts>
int64_t len(const Tuple<Ts...>&) {
  return sizeof...(Ts);
}

// Unpacking a list into n targets: CPython's ValueError when the length differs.
[[noreturn]] void raise_unpack_mismatch(int64_t size, int64_t n);
inline void check_unpack(int64_t size, int64_t n) {
  if (size != n) [[unlikely]]
    raise_unpack_mismatch(size, n);
}

// `a, *rest = items`: at least n items.
[[noreturn]] void raise_unpack_too_short(int64_t size, int64_t n);
inline void check_unpack_at_least(int64_t size, int64_t n) {
  if (size < n) [[unlikely]]
    raise_unpack_too_short(size, n);
}

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
// bin(), oct(), hex(): '-0x1f' style.
Str int_bin(int64_t v);
Str int_oct(int64_t v);
Str int_hex(int64_t v);

}  // namespace krait::rt
