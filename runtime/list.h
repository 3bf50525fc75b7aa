// Python lists: `List<T>*` is a GC-allocated, growable, contiguous array.
//
// A list is handled by pointer (null = None). Items are stored unboxed in one
// array (`items`), allocated atomically when T is pointer-free (numbers,
// tuples of numbers), so `xs[i]` on a list of floats is one bounds check and
// a load. Indices follow Python: negative counts from the end, and
// out-of-range raises IndexError ("list index out of range", "list
// assignment index out of range"). Methods mirror Python's names:
// append, pop, insert, extend, index, remove, count, reverse, sort, copy,
// clear; slicing (`slice`, `set_slice`, `del_slice`) accepts any step.
// `sort(key, reverse)` is stable and compares with `py_lt` (Python's <).
// Iteration (range-for or `ListIter`) re-reads the length at each step, as
// Python's list iterator does, so appending while iterating is safe.
// Free functions: `list_concat` (+), `list_repeat` (*), `list_from_str`,
// `py_eq`, `py_lt` (lexicographic), `contains` (in), `repr_to`/`str_to`.
// Builders for literals: `List<T>::of({1, 2, 3})`.
//
// A collections.deque is a List too (collections_module.h): `deque_maxlen`
// tells it apart (kNotDeque for a list), and popleft/appendleft move
// `items` within its array (`front` free slots before it), so both ends
// are O(1) while every list operation reads items[0..len) as usual.
#pragma once

#include <algorithm>
#include <cstring>
#include <initializer_list>
#include <type_traits>
#include <vector>

#include "runtime/compare.h"
#include "runtime/exceptions.h"
#include "runtime/gc.h"
#include "runtime/repr.h"
#include "runtime/slice.h"
#include "runtime/str.h"

namespace krait::rt {

[[noreturn]] void raise_not_in_list(Str item_repr);
[[noreturn]] void raise_extended_slice_size(int64_t given, int64_t needed);

inline constexpr int32_t kNotDeque = -2;
inline constexpr int32_t kUnboundedDeque = -1;

template <class T>
struct List {
  int64_t len = 0;
  int64_t cap = 0;  // slots from items on
  T* items = nullptr;
  int32_t front = 0;  // free slots before items (a deque's)
  int32_t deque_maxlen = kNotDeque;

  // An empty list with room for n items in the same block as the list
  // (one allocation; growing past n moves the items to an array of their own).
  static List* with_capacity(int64_t n) {
    static_assert(alignof(T) <= alignof(List), "items must be aligned after the header");
    if (n <= 0) return gc_new<List>();
    size_t bytes = sizeof(List) + sizeof(T) * static_cast<size_t>(n);
    void* block = kPointerFree<T> ? gc_alloc_prefix_scanned(bytes, sizeof(List) / sizeof(void*))
                                  : gc_alloc(bytes);
    auto* l = new (block) List();
    l->items = reinterpret_cast<T*>(l + 1);
    l->cap = n;
    return l;
  }
  // A list of n items, each T{} (zero for numbers, None for references).
  static List* make(int64_t n = 0) {
    auto* l = with_capacity(n);
    for (int64_t i = 0; i < n; ++i) new (&l->items[i]) T{};
    l->len = n > 0 ? n : 0;
    return l;
  }
  static List* of(std::initializer_list<T> xs) {
    auto* l = with_capacity(static_cast<int64_t>(xs.size()));
    for (const T& x : xs) l->items[l->len++] = x;
    return l;
  }

  int64_t size() const { return len; }

  // `i` as an index into items; IndexError(message) when out of range.
  int64_t normalize(int64_t i, const char* message, const TraceSite* site = nullptr) const {
    if (static_cast<uint64_t>(i) < static_cast<uint64_t>(len)) [[likely]]
      return i;
    if (i < 0 && i + len >= 0) return i + len;
    raise_index_error(message, site);
  }
  T& at(int64_t i) { return items[normalize(i, "list index out of range")]; }
  T get(int64_t i, const TraceSite* site = nullptr) const {
    return items[normalize(i, "list index out of range", site)];
  }
  void set(int64_t i, T v, const TraceSite* site = nullptr) {
    items[normalize(i, "list assignment index out of range", site)] = v;
  }

  void reserve(int64_t n) {
    if (n <= cap) return;
    int64_t c = cap + (cap >> 1) + 4;
    if (c < n) c = n;
    T* fresh = gc_array<T>(c);
    if (len) std::memcpy(static_cast<void*>(fresh), items, sizeof(T) * len);
    items = fresh;
    cap = c;
    front = 0;
  }
  void append(T v) {
    if (len == cap) [[unlikely]]
      reserve(len + 1);
    items[len++] = v;
  }
  T pop() {
    if (len == 0) raise_index_error("pop from empty list");
    return items[--len];
  }
  T pop(int64_t i) {
    if (len == 0) raise_index_error("pop from empty list");
    i = normalize(i, "pop index out of range");
    T v = items[i];
    erase(i, 1);
    return v;
  }
  void insert(int64_t i, T v) {
    if (i < 0) i = std::max<int64_t>(i + len, 0);
    if (i > len) i = len;
    append(v);
    std::move_backward(items + i, items + len - 1, items + len);
    items[i] = v;
  }
  void extend(const List* other) {
    int64_t n = other->len;  // read first: l.extend(l) appends the old items once
    reserve(len + n);
    std::copy(other->items, other->items + n, items + len);
    len += n;
  }
  int64_t index(const T& x, int64_t start = 0, int64_t stop = INT64_MAX) const {
    Slice sl{start, stop};
    int64_t lo, hi;
    sl.adjust(len, &lo, &hi);
    for (int64_t i = lo; i < hi && i < len; ++i) {
      if (py_eq(items[i], x)) return i;
    }
    raise_not_in_list(repr(x));
  }
  void remove(const T& x) {
    for (int64_t i = 0; i < len; ++i) {
      if (py_eq(items[i], x)) {
        erase(i, 1);
        return;
      }
    }
    raise_value_error("list.remove(x): x not in list");
  }
  int64_t count(const T& x) const {
    int64_t n = 0;
    for (int64_t i = 0; i < len; ++i) n += py_eq(items[i], x);
    return n;
  }
  void reverse() { std::reverse(items, items + len); }
  void clear() { len = 0; }
  List* copy() const {
    auto* l = with_capacity(len);
    l->extend(this);
    return l;
  }

  void sort(bool reverse = false) {
    if (reverse) {
      std::stable_sort(items, items + len, [](const T& a, const T& b) { return py_lt(b, a); });
    } else {
      std::stable_sort(items, items + len, [](const T& a, const T& b) { return py_lt(a, b); });
    }
  }
  // list.sort(key=key, reverse=reverse): each key is computed once.
  template <class KeyFn>
  void sort(KeyFn key, bool reverse = false) {
    using K = decltype(key(items[0]));
    std::vector<std::pair<K, T>> decorated;
    decorated.reserve(len);
    for (int64_t i = 0; i < len; ++i) decorated.emplace_back(key(items[i]), items[i]);
    auto by_key = [reverse](const std::pair<K, T>& a, const std::pair<K, T>& b) {
      return reverse ? py_lt(b.first, a.first) : py_lt(a.first, b.first);
    };
    std::stable_sort(decorated.begin(), decorated.end(), by_key);
    for (int64_t i = 0; i < len; ++i) items[i] = decorated[i].second;
  }

  List* slice(const Slice& sl) const {
    int64_t start, stop;
    int64_t n = sl.adjust(len, &start, &stop);
    auto* l = with_capacity(n);
    for (int64_t i = 0, j = start; i < n; ++i, j += sl.step) l->items[i] = items[j];
    l->len = n;
    return l;
  }
  void del_item(int64_t i) { erase(normalize(i, "list assignment index out of range"), 1); }
  void del_slice(const Slice& sl) {
    int64_t start, stop;
    int64_t n = sl.adjust(len, &start, &stop);
    if (sl.step == 1) {
      erase(start, n);
      return;
    }
    // Keep the items the slice does not select, in order.
    int64_t lo = sl.step > 0 ? start : start + (n - 1) * sl.step;
    int64_t step = sl.step > 0 ? sl.step : -sl.step;
    int64_t out = 0;
    for (int64_t i = 0; i < len; ++i) {
      bool selected = n > 0 && i >= lo && (i - lo) % step == 0 && (i - lo) / step < n;
      if (!selected) items[out++] = items[i];
    }
    len = out;
  }
  void set_slice(const Slice& sl, const List* value) {
    if (value == this) value = copy();
    int64_t start, stop;
    int64_t n = sl.adjust(len, &start, &stop);
    if (sl.step == 1) {
      if (stop < start) stop = start;
      int64_t m = value->len, old = stop - start;
      if (m > old) {
        reserve(len + m - old);
        std::move_backward(items + stop, items + len, items + len + m - old);
      } else {
        std::move(items + stop, items + len, items + start + m);
      }
      len += m - old;
      std::copy(value->items, value->items + m, items + start);
      return;
    }
    if (value->len != n) raise_extended_slice_size(value->len, n);
    for (int64_t i = 0, j = start; i < n; ++i, j += sl.step) items[j] = value->items[i];
  }

  struct Iterator {
    const List* list;
    int64_t i;
    T operator*() const { return list->items[i]; }
    Iterator& operator++() {
      ++i;
      return *this;
    }
    bool operator!=(const Iterator&) const { return i < list->len; }
  };
  Iterator begin() const { return {this, 0}; }
  Iterator end() const { return {this, 0}; }

 private:
  void erase(int64_t at, int64_t n) {
    if (n <= 0) return;
    std::move(items + at + n, items + len, items + at);
    len -= n;
  }
};

template <class T>
bool contains(const List<T>* l, const T& x) {
  for (int64_t i = 0; i < l->len; ++i) {
    if (py_eq(l->items[i], x)) return true;
  }
  return false;
}

template <class T>
List<T>* list_concat(const List<T>* a, const List<T>* b) {
  auto* l = List<T>::with_capacity(a->len + b->len);
  l->extend(a);
  l->extend(b);
  return l;
}

template <class T>
List<T>* list_repeat(const List<T>* a, int64_t n) {
  if (n <= 0) return List<T>::make(0);
  int64_t total;
  if (__builtin_mul_overflow(a->len, n, &total)) raise_memory_error();
  auto* l = List<T>::with_capacity(total);
  for (int64_t k = 0; k < n; ++k) l->extend(a);
  return l;
}

// a + b where the lists' C++ item types differ (an empty display `[]`
// has NoneType items): the items as T.
template <class T, class A, class B>
List<T>* list_concat_as(const List<A>* a, const List<B>* b) {
  auto* l = List<T>::with_capacity(a->len + b->len);
  auto add = [l](const auto* from) {
    for (int64_t i = 0; i < from->len; ++i) {
      if constexpr (std::is_same_v<std::decay_t<decltype(from->items[i])>, NoneType>) {
        l->append(T{});
      } else {
        l->append(T(from->items[i]));
      }
    }
  };
  add(a);
  add(b);
  return l;
}

// [None] * n where the list later holds references (its items widened to
// T | None): n None items of type T.
template <class T>
List<T>* list_of_nones(const List<NoneType>* a, int64_t n) {
  if (n <= 0) return List<T>::make(0);
  int64_t total;
  if (__builtin_mul_overflow(a->len, n, &total)) raise_memory_error();
  return List<T>::make(total);
}

// l *= n (in place).
template <class T>
void list_imul(List<T>* l, int64_t n) {
  if (n <= 0) {
    l->clear();
    return;
  }
  int64_t base = l->len;
  l->reserve(base * n);
  for (int64_t k = 1; k < n; ++k) {
    std::copy(l->items, l->items + base, l->items + l->len);
    l->len += base;
  }
}

template <class T>
bool truthy(const List<T>* l) {
  return l != nullptr && l->len != 0;
}

template <class T>
bool py_eq(const List<T>* a, const List<T>* b) {
  if (a == b) return true;
  if (a == nullptr || b == nullptr || a->len != b->len) return false;
  for (int64_t i = 0; i < a->len; ++i) {
    if (!py_eq(a->items[i], b->items[i])) return false;
  }
  return true;
}

template <class T>
bool py_lt(const List<T>* a, const List<T>* b) {
  int64_t n = std::min(a->len, b->len);
  for (int64_t i = 0; i < n; ++i) {
    if (!py_eq(a->items[i], b->items[i])) return py_lt(a->items[i], b->items[i]);
  }
  return a->len < b->len;
}

// A list nothing was ever stored in (an empty display, `[]`) against any
// list: it is always empty.
inline bool py_eq(const List<NoneType>* a, const List<NoneType>* b) {
  return a->len == b->len;
}
inline bool py_lt(const List<NoneType>*, const List<NoneType>*) {
  return false;
}
template <class T>
bool py_eq(const List<NoneType>* a, const List<T>* b) {
  return a->len == 0 && b->len == 0;
}
template <class T>
bool py_eq(const List<T>* a, const List<NoneType>* b) {
  return py_eq(b, a);
}
template <class T>
bool py_lt(const List<NoneType>*, const List<T>* b) {
  return b->len > 0;
}
template <class T>
bool py_lt(const List<T>*, const List<NoneType>*) {
  return false;
}

template <class T>
void repr_to(StrBuilder& out, const List<T>* l) {
  if (l == nullptr) {
    out.append("None");
    return;
  }
  if (l->deque_maxlen != kNotDeque) out.append("deque(");
  out.push('[');
  for (int64_t i = 0; i < l->len; ++i) {
    if (i) out.append(", ");
    repr_to(out, l->items[i]);
  }
  out.push(']');
  if (l->deque_maxlen >= 0) {
    out.append(", maxlen=");
    repr_to(out, static_cast<int64_t>(l->deque_maxlen));
  }
  if (l->deque_maxlen != kNotDeque) out.push(')');
}

template <class T>
void str_to(StrBuilder& out, const List<T>* l) {
  repr_to(out, l);
}

// list(s): the characters of a string.
List<Str>* list_from_str(Str s);

}  // namespace krait::rt
