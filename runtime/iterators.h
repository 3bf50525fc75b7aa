// Python's iterator protocol over the runtime's C++ ranges.
//
// Contract: flow graphs iterate with two separate operations, iter(x) and
// next(it) (whose StopIteration ends the loop), so generated code needs an
// iterator object with `bool next(T& out)`: it stores the next item in
// `out` and returns true, or returns false when the iterable is exhausted
// (the StopIteration exit, without throwing). py_iter() makes one from
// anything with begin()/end(): List<T>* (by pointer, so appends during the
// loop are seen as in CPython), Str, Range, dict views, enumerate, zip,
// reversed.
#pragma once

#include <type_traits>
#include <utility>

#include "runtime/builtins.h"
#include "runtime/list.h"
#include "runtime/str.h"

namespace krait::rt {

template <class Begin, class End>
struct PyIter {
  Begin current;
  End stop;
  using Item = std::decay_t<decltype(*std::declval<Begin&>())>;

  bool next(Item& out) {
    if (!(current != stop)) return false;
    out = *current;
    ++current;
    return true;
  }
};

template <class Iterable>
auto py_iter(const Iterable& iterable) {
  return PyIter<decltype(iterable.begin()), decltype(iterable.end())>{iterable.begin(),
                                                                      iterable.end()};
}

template <class T>
auto py_iter(List<T>* list) {
  return py_iter(*list);
}

// iter() of an iterator is the iterator itself.
template <class Begin, class End>
PyIter<Begin, End> py_iter(const PyIter<Begin, End>& it) {
  return it;
}

// list(iterable): a new list of the iterable's items.
template <class T, class Iterable>
List<T>* to_list(const Iterable& iterable) {
  auto* out = List<T>::make(0);
  auto it = py_iter(iterable);
  T item{};
  while (it.next(item)) out->append(item);
  return out;
}

}  // namespace krait::rt
