// Python's `functools` module: `functools.reduce(f, xs, init)` is
// `rt::functools::reduce(f, xs, init)`, f a function pointer (the generated
// code passes a captureless lambda calling the program's function).
// @functools.cache and @functools.lru_cache are carried out by the
// translator (a cache per specialization, backend/emit_function.cc);
// functools.cmp_to_key(cmp) as a sort key is a CmpKey per item.
#pragma once

#include "runtime/exceptions.h"
#include "runtime/iterators.h"

namespace krait::rt {

// The key functools.cmp_to_key(cmp) makes for an item: keys compare by
// cmp(a, b) < 0, so sorted(xs, key=cmp_to_key(cmp)) sorts by cmp (found by
// argument-dependent lookup from the runtime's sorts, min and max).
template <class T, class Cmp>
struct CmpKey {
  T item;
  Cmp cmp;  // a function pointer: cmp(a, b) negative, zero or positive
};
template <class T, class Cmp>
bool py_lt(const CmpKey<T, Cmp>& a, const CmpKey<T, Cmp>& b) {
  return a.cmp(a.item, b.item) < 0;
}

}  // namespace krait::rt

namespace krait::rt::functools {

[[noreturn]] void raise_empty_reduce();

template <class T, class Iterable>
T reduce(T (*fn)(const T&, const T&), const Iterable& iterable) {
  auto it = py_iter(iterable);
  ItemOf<Iterable> item{};
  if (!it.next(item)) raise_empty_reduce();
  T total = item_as<T>(item);
  while (it.next(item)) total = fn(total, item_as<T>(item));
  return total;
}

template <class T, class Iterable>
T reduce(T (*fn)(const T&, const T&), const Iterable& iterable, T initial) {
  auto it = py_iter(iterable);
  ItemOf<Iterable> item{};
  T total = initial;
  while (it.next(item)) total = fn(total, item_as<T>(item));
  return total;
}

}  // namespace krait::rt::functools
