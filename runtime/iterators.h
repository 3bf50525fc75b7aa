// Python's iterator protocol over the runtime's C++ types.
//
// Contract: flow graphs iterate with two separate operations, iter(x) and
// next(it) (whose StopIteration ends the loop), so generated code needs an
// iterator object: a small value with a member type `Item` and `bool
// next(Item& out)`, which stores the next item in `out` and returns true,
// or returns false when the iterable is exhausted (the StopIteration exit,
// without throwing). py_iter() makes one from every iterable:
//   List<T>*      by index, so appends during the loop are seen as in CPython
//   Dict<K, V>*   its keys
//   Str, Range, dict views   through their begin()/end()
//   Tuple<T...>   tuple_iter<T>(t): the items converted to the common type T
//                 (py_iter(t) when all items have the same type)
//   VarTuple<T>   its items (var_tuple.h)
//   File*         its lines (file.h)
//   an iterator   itself (iter(it) is it); a generator is one (Generator)
// next(it) and next(it, default) advance an iterator in place (the generated
// code passes the same variable along every path, so the state carries);
// enumerate(), zip(), map() and reversed() wrap iterators into iterators, and the
// reductions (list(), tuple(), sorted(), min(), max(), sum(), any(), all()) accept
// anything py_iter() accepts, with CPython's rules: stable sort, the first of
// equal extremes wins, `ValueError: max() arg is an empty sequence`, sum
// adds left to right.
#pragma once

#include <array>
#include <concepts>
#include <tuple>
#include <type_traits>
#include <utility>

#include "runtime/builtins.h"
#include "runtime/dict.h"
#include "runtime/file.h"
#include "runtime/list.h"
#include "runtime/number.h"
#include "runtime/str.h"
#include "runtime/str_methods.h"
#include "runtime/tuple.h"
#include "runtime/var_tuple.h"

namespace krait::rt {

template <class It>
concept PyIterator = requires(It it, typename It::Item item) {
  { it.next(item) } -> std::same_as<bool>;
};

// An iterator over a C++ range (begin()/end()).
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
requires requires(const Iterable& x) {
  x.begin() != x.end();
}
auto py_iter(const Iterable& iterable) {
  return PyIter<decltype(iterable.begin()), decltype(iterable.end())>{iterable.begin(),
                                                                      iterable.end()};
}

template <class T>
auto py_iter(List<T>* list) {
  return py_iter(*list);
}
template <class T>
auto py_iter(const List<T>* list) {
  return py_iter(*list);
}

template <class K, class V>
auto py_iter(const Dict<K, V>* dict) {
  return py_iter(dict->keys());
}

template <PyIterator It>
It py_iter(const It& it) {
  return it;
}

// it.next(out) into a variable of another type that the items convert to
// (under --int=big, range() and enumerate() count in int64_t and loop
// variables are rt::Int).
template <PyIterator It, class Out>
bool next_into(It& it, Out& out) {
  if constexpr (std::is_same_v<typename It::Item, Out>) {
    return it.next(out);
  } else {
    typename It::Item item{};
    if (!it.next(item)) return false;
    out = Out(item);
    return true;
  }
}

// next(it): the next item, StopIteration when there is none.
template <PyIterator It>
typename It::Item next_or_stop(It& it) {
  typename It::Item out{};
  if (!it.next(out)) raise(gc_new<StopIteration>());
  return out;
}
// next(it, default), as a value of the items' and the default's common type R.
template <class R, PyIterator It>
R next_or(It& it, R dflt) {
  typename It::Item out{};
  return it.next(out) ? R(out) : dflt;
}

// A generator: a handle on its frame, a GC-allocated struct the translator
// generates per generator function (its locals, its resume point, and a
// `bool next(Item&)` that runs the body to the next yield). Copies share the
// frame, as references to one generator object do in Python.
template <class Frame, class T>
struct Generator {
  using Item = T;
  Frame* frame = nullptr;
  bool next(Item& out) { return frame->next(out); }
};

// The items of a tuple, converted to their common type T.
template <class T, size_t N>
struct ArrayIter {
  using Item = T;
  std::array<T, N> items;
  size_t i = 0;
  bool next(Item& out) {
    if (i == N) return false;
    out = items[i++];
    return true;
  }
};
template <class T, class... Ts>
ArrayIter<T, sizeof...(Ts)> tuple_iter(const Tuple<Ts...>& t) {
  return {std::apply([](const auto&... x) { return std::array<T, sizeof...(Ts)>{T(x)...}; },
                     static_cast<const std::tuple<Ts...>&>(t))};
}
template <class T, class... Ts>
requires(std::same_as<T, Ts>&&...) auto py_iter(const Tuple<T, Ts...>& t) {
  return tuple_iter<T>(t);
}

// The empty tuple yields nothing; its item type converts to any other, so
// code that consumes the items (str.join, list()) compiles.
struct NoItem {
  template <class T>
  operator T() const {
    return T{};
  }
};
struct EmptyIter {
  using Item = NoItem;
  bool next(Item&) { return false; }
};
inline EmptyIter py_iter(const Tuple<>&) {
  return {};
}

template <PyIterator Inner>
struct EnumerateIter {
  using Item = Tuple<int64_t, typename Inner::Item>;
  Inner inner;
  int64_t n;
  bool next(Item& out) {
    typename Inner::Item item{};
    if (!inner.next(item)) return false;
    out = Item(n++, item);
    return true;
  }
};
template <class Iterable>
auto enumerate(const Iterable& iterable, int64_t start = 0) {
  return EnumerateIter<decltype(py_iter(iterable))>{py_iter(iterable), start};
}

// zip() stops at the shortest iterable, having advanced the ones before it
// (as CPython does).
template <PyIterator... Inners>
struct ZipIter {
  using Item = Tuple<typename Inners::Item...>;
  std::tuple<Inners...> inners;
  bool next(Item& out) {
    return [&]<size_t... I>(std::index_sequence<I...>) {
      return (std::get<I>(inners).next(std::get<I>(out)) && ...);
    }
    (std::index_sequence_for<Inners...>{});
  }
};
template <class... Iterables>
auto zip(const Iterables&... iterables) {
  return ZipIter<decltype(py_iter(iterables))...>{{py_iter(iterables)...}};
}

// map(f, iterables...): f (a function pointer: the generated code passes a
// captureless lambda) called on the items of the iterables in step; stops
// at the shortest, as zip().
template <class R, PyIterator... Inners>
struct MapIter {
  using Item = R;
  std::tuple<Inners...> inners;
  R (*fn)(const typename Inners::Item&...);
  bool next(Item& out) {
    std::tuple<typename Inners::Item...> items{};
    bool more = [&]<size_t... I>(std::index_sequence<I...>) {
      return (std::get<I>(inners).next(std::get<I>(items)) && ...);
    }
    (std::index_sequence_for<Inners...>{});
    if (!more) return false;
    out = std::apply(fn, items);
    return true;
  }
};
template <class R, class... Args, class... Iterables>
auto map_iter(R (*fn)(const Args&...), const Iterables&... iterables) {
  return MapIter<R, decltype(py_iter(iterables))...>{{py_iter(iterables)...}, fn};
}

template <class T>
struct ReversedIter {
  using Item = T;
  const List<T>* list;
  int64_t i;
  bool next(Item& out) {
    if (i < 0 || i >= list->len) return false;
    out = list->items[i--];
    return true;
  }
};
template <class T>
ReversedIter<T> reversed(const List<T>* l) {
  return {l, l->len - 1};
}

// The item type of an iterable.
template <class Iterable>
using ItemOf = typename decltype(py_iter(std::declval<const Iterable&>()))::Item;

// An item as T: the items of an iterable nothing was ever stored in
// (NoneType, never seen at run time) as T{}.
template <class T, class X>
T item_as(const X& x) {
  if constexpr (std::is_same_v<X, NoneType> && !std::is_same_v<T, NoneType>)
    return T{};
  else
    return T(x);
}

// list(iterable): a new list of the iterable's items.
template <class T, class Iterable>
List<T>* to_list(const Iterable& iterable) {
  auto* out = List<T>::make(0);
  auto it = py_iter(iterable);
  ItemOf<Iterable> item{};
  while (it.next(item)) out->append(T(item));
  return out;
}

// `x in it` for an iterator (`word in d.values()`): consumes it up to x.
template <PyIterator It, class X>
bool contains(It it, const X& x) {
  typename It::Item item{};
  while (it.next(item)) {
    if (py_eq(item, x)) return true;
  }
  return false;
}

// tuple(iterable) of an iterable that is not a fixed tuple.
template <class T, class Iterable>
VarTuple<T> to_vartuple(const Iterable& iterable) {
  List<T>* items = to_list<T>(iterable);
  T* out;
  VarTuple<T> t = VarTuple<T>::make(items->len, &out);
  for (int64_t i = 0; i < items->len; ++i) out[i] = items->items[i];
  return t;
}

template <class Iterable>
auto sorted(const Iterable& iterable, bool reverse = false) {
  auto* r = to_list<ItemOf<Iterable>>(iterable);
  r->sort(reverse);
  return r;
}
template <class Iterable, class KeyFn>
requires(!std::same_as<KeyFn, bool>) auto sorted(const Iterable& iterable, KeyFn key,
                                                 bool reverse = false) {
  auto* r = to_list<ItemOf<Iterable>>(iterable);
  r->sort(key, reverse);
  return r;
}

[[noreturn]] void raise_empty_extreme(const char* fn);

// min/max of one iterable (with key=f or not): the first item with the
// least (greatest) key; each key is computed once.
template <class Iterable, class KeyFn>
ItemOf<Iterable> extreme_by(const Iterable& iterable, const char* fn, KeyFn key, bool greatest) {
  auto it = py_iter(iterable);
  ItemOf<Iterable> best{}, item{};
  if (!it.next(best)) raise_empty_extreme(fn);
  auto best_key = key(best);
  while (it.next(item)) {
    auto k = key(item);
    if (greatest ? py_lt(best_key, k) : py_lt(k, best_key)) {
      best = item;
      best_key = k;
    }
  }
  return best;
}
template <class Iterable, class KeyFn>
auto min_by(const Iterable& iterable, KeyFn key) {
  return extreme_by(iterable, "min", key, false);
}
template <class Iterable, class KeyFn>
auto max_by(const Iterable& iterable, KeyFn key) {
  return extreme_by(iterable, "max", key, true);
}
inline constexpr auto kIdentity = [](const auto& x) { return x; };
template <class Iterable>
requires(!std::is_arithmetic_v<Iterable>) auto min(const Iterable& iterable) {
  return extreme_by(iterable, "min", kIdentity, false);
}
template <class Iterable>
requires(!std::is_arithmetic_v<Iterable>) auto max(const Iterable& iterable) {
  return extreme_by(iterable, "max", kIdentity, true);
}

// sum(iterable, start): ints add with overflow checks, floats in order.
template <class Iterable, class T>
T sum(const Iterable& iterable, T start) {
  auto it = py_iter(iterable);
  ItemOf<Iterable> item{};
  while (it.next(item)) {
    if constexpr (std::is_same_v<T, int64_t>) {
      start = int_add(start, static_cast<int64_t>(item));
    } else if constexpr (requires { start.is_float; }) {  // Number, BigNumber
      start = num_add(start, T(item));
    } else {
      start += item;
    }
  }
  return start;
}
template <class Iterable>
auto sum(const Iterable& iterable) {
  using Item = ItemOf<Iterable>;
  using Total = std::conditional_t<std::is_same_v<Item, bool>, int64_t, Item>;
  return sum(iterable, Total{});
}

// sum(lists, start) with a list start: a new list, start's items then each
// list's, converted to the result's item type T.
template <class T, class Iterable, class Start>
List<T>* sum_lists(const Iterable& lists, const List<Start>* start) {
  auto* out = List<T>::make(0);
  // A start that never holds items (`[]`) has no item type of its own.
  if constexpr (std::is_constructible_v<T, const Start&>) {
    for (int64_t i = 0; i < start->len; ++i) out->append(T(start->items[i]));
  }
  auto it = py_iter(lists);
  ItemOf<Iterable> list{};
  while (it.next(list)) {
    for (int64_t i = 0; i < list->len; ++i) out->append(T(list->items[i]));
  }
  return out;
}

// str.join over any other iterable of str: a str (its characters), dict
// keys, an iterator (lists have their own overload in str_methods.h).
template <class Iterable>
requires(!std::is_convertible_v<Iterable, const List<Str>*>) Str
    str_join(Str sep, const Iterable& items) {
  return str_join(sep, to_list<Str>(items));
}

// The truth of an item of any(), all(): an instance's through its class's
// __bool__ / __len__ (Object::bool_hook).
template <class T>
bool item_truth(const T& item) {
  if constexpr (std::is_pointer_v<T> && std::is_base_of_v<Object, std::remove_pointer_t<T>>) {
    return item != nullptr && item->bool_hook();
  } else {
    return truthy(item);
  }
}

template <class Iterable>
bool any_of(const Iterable& iterable) {
  auto it = py_iter(iterable);
  ItemOf<Iterable> item{};
  while (it.next(item)) {
    if (item_truth(item)) return true;
  }
  return false;
}
template <class Iterable>
bool all_of(const Iterable& iterable) {
  auto it = py_iter(iterable);
  ItemOf<Iterable> item{};
  while (it.next(item)) {
    if (!item_truth(item)) return false;
  }
  return true;
}

}  // namespace krait::rt
