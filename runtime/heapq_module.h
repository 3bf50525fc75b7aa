// Python's `heapq` and `bisect` modules over `List<T>*`:
// `heapq.heappush(h, x)` is `rt::heapq::heappush(h, x)`, and so on.
//
// The sift loops are CPython's (Lib/heapq.py, which _heapqmodule.c
// follows step for step), so a heap's list holds its items in the same order
// as on CPython; items are compared with `py_lt` (Python's <). nsmallest and
// nlargest return what CPython documents them to equal: sorted(iterable,
// key=key)[:n] and sorted(iterable, key=key, reverse=True)[:n]. bisect's
// functions take lo/hi as CPython does (ValueError for a negative lo; hi
// -1 stands for len(a)); with a key, items are compared through it.
#pragma once

#include <cstdint>
#include <type_traits>

#include "runtime/compare.h"
#include "runtime/exceptions.h"
#include "runtime/iterators.h"
#include "runtime/list.h"
#include "runtime/number.h"

namespace krait::rt {
namespace heapq {

template <class T>
void sift_down(List<T>* heap, int64_t startpos, int64_t pos) {
  T newitem = heap->items[pos];
  while (pos > startpos) {
    int64_t parentpos = (pos - 1) >> 1;
    T parent = heap->items[parentpos];
    if (!py_lt(newitem, parent)) break;
    heap->items[pos] = parent;
    pos = parentpos;
  }
  heap->items[pos] = newitem;
}

template <class T>
void sift_up(List<T>* heap, int64_t pos) {
  int64_t endpos = heap->len, startpos = pos;
  T newitem = heap->items[pos];
  int64_t childpos = 2 * pos + 1;
  while (childpos < endpos) {
    int64_t rightpos = childpos + 1;
    if (rightpos < endpos && !py_lt(heap->items[childpos], heap->items[rightpos]))
      childpos = rightpos;
    heap->items[pos] = heap->items[childpos];
    pos = childpos;
    childpos = 2 * pos + 1;
  }
  heap->items[pos] = newitem;
  sift_down(heap, startpos, pos);
}

template <class T>
void heappush(List<T>* heap, T item) {
  heap->append(item);
  sift_down(heap, 0, heap->len - 1);
}

template <class T>
T heappop(List<T>* heap) {
  if (heap->len == 0) raise_index_error("index out of range");
  T last = heap->items[--heap->len];
  if (heap->len == 0) return last;
  T top = heap->items[0];
  heap->items[0] = last;
  sift_up(heap, 0);
  return top;
}

template <class T>
T heapreplace(List<T>* heap, T item) {
  if (heap->len == 0) raise_index_error("index out of range");
  T top = heap->items[0];
  heap->items[0] = item;
  sift_up(heap, 0);
  return top;
}

template <class T>
T heappushpop(List<T>* heap, T item) {
  if (heap->len == 0 || !py_lt(heap->items[0], item)) return item;
  T top = heap->items[0];
  heap->items[0] = item;
  sift_up(heap, 0);
  return top;
}

template <class T>
void heapify(List<T>* x) {
  for (int64_t i = x->len / 2 - 1; i >= 0; --i) sift_up(x, i);
}

// nsmallest/nlargest: the first n of the sorted items (n <= 0: none).
template <class T, class Iterable, class... Key>
List<T>* first_sorted(int64_t n, const Iterable& iterable, bool reverse, Key... key) {
  List<T>* items = to_list<T>(iterable);
  items->sort(key..., reverse);
  if (n < items->len) items->len = n > 0 ? n : 0;
  return items;
}

}  // namespace heapq

namespace bisect {

[[noreturn]] void raise_negative_lo();

// x < y where x and y may be an int and a float (bisect(ints, 2.5)).
template <class A, class B>
bool less(const A& a, const B& b) {
  if constexpr (std::is_arithmetic_v<A> && std::is_arithmetic_v<B> && !std::is_same_v<A, B>)
    return py_lt(Number(a), Number(b));
  else
    return py_lt(a, b);
}

// The first index in [lo, hi) whose item is not < x (right: > x), items
// seen through `key` (the identity when none).
template <bool kRight, class T, class X, class KeyFn>
int64_t search(List<T>* a, const X& x, int64_t lo, int64_t hi, KeyFn key) {
  if (lo < 0) raise_negative_lo();
  if (hi == -1) hi = a->len;
  while (lo < hi) {
    int64_t mid = lo + (hi - lo) / 2;
    bool go_left = kRight ? less(x, key(a->get(mid))) : !less(key(a->get(mid)), x);
    if (go_left)
      hi = mid;
    else
      lo = mid + 1;
  }
  return lo;
}

inline constexpr auto kIdentity = [](const auto& item) { return item; };

template <class T, class X>
int64_t bisect_left(List<T>* a, const X& x, int64_t lo = 0, int64_t hi = -1) {
  return search<false>(a, x, lo, hi, kIdentity);
}
template <class T, class X>
int64_t bisect_right(List<T>* a, const X& x, int64_t lo = 0, int64_t hi = -1) {
  return search<true>(a, x, lo, hi, kIdentity);
}
template <class T, class X, class KeyFn>
int64_t bisect_left_key(List<T>* a, const X& x, int64_t lo, int64_t hi, KeyFn key) {
  return search<false>(a, x, lo, hi, key);
}
template <class T, class X, class KeyFn>
int64_t bisect_right_key(List<T>* a, const X& x, int64_t lo, int64_t hi, KeyFn key) {
  return search<true>(a, x, lo, hi, key);
}

template <class T>
void insort_left(List<T>* a, T x, int64_t lo = 0, int64_t hi = -1) {
  a->insert(search<false>(a, x, lo, hi, kIdentity), x);
}
template <class T>
void insort_right(List<T>* a, T x, int64_t lo = 0, int64_t hi = -1) {
  a->insert(search<true>(a, x, lo, hi, kIdentity), x);
}
// insort with a key: the key of x is searched for (CPython's insort).
template <class T, class KeyFn>
void insort_left_key(List<T>* a, T x, int64_t lo, int64_t hi, KeyFn key) {
  a->insert(search<false>(a, key(x), lo, hi, key), x);
}
template <class T, class KeyFn>
void insort_right_key(List<T>* a, T x, int64_t lo, int64_t hi, KeyFn key) {
  a->insert(search<true>(a, key(x), lo, hi, key), x);
}

}  // namespace bisect
}  // namespace krait::rt
