// Python's `collections` module: defaultdict, Counter and OrderedDict are
// `Dict<K, V>*` with a flavor (dict.h), made and extended here:
// `collections.Counter(words)` is `rt::collections::make_counter<Str,
// int64_t>(words)`, `c.most_common(2)` is `rt::collections::most_common(c, 2)`.
//
// What CPython prints and orders is followed: Counter's repr lists the
// counts as most_common() orders them (by count, ties in insertion order),
// OrderedDict's repr is `OrderedDict([(k, v), ...])` (3.11), a defaultdict's
// `defaultdict(<class 'int'>, {...})`. Counter.elements() is a list here
// (CPython: an iterator over the same items).
#pragma once

#include <algorithm>
#include <type_traits>
#include <vector>

#include "runtime/big_int_ops.h"
#include "runtime/dict.h"
#include "runtime/int_ops.h"
#include "runtime/iterators.h"
#include "runtime/list.h"
#include "runtime/tuple.h"

namespace krait::rt {
namespace collections {

template <class K, class V>
Dict<K, V>* make_flavored(DictFlavor flavor) {
  auto* d = Dict<K, V>::make();
  d->flavor = flavor;
  return d;
}

template <class K, class V>
Dict<K, V>* make_defaultdict(V (*factory)(), const char* factory_repr) {
  auto* d = make_flavored<K, V>(DictFlavor::kDefaultDict);
  d->default_factory = factory;
  d->factory_repr = factory_repr;
  return d;
}

template <class K, class V>
Dict<K, V>* make_ordered_dict() {
  return make_flavored<K, V>(DictFlavor::kOrderedDict);
}

// a + b or a - b of two counts (checked, as Python ints: OverflowError in
// the 64-bit modes, exact with --int=big).
template <class V>
V add_count(V a, V b, bool subtract) {
  if constexpr (std::is_same_v<V, Int>)
    return subtract ? int_sub_big(a, b) : int_add_big(a, b);
  else if constexpr (std::is_same_v<V, int64_t>)
    return subtract ? int_sub(a, b) : int_add(a, b);
  else
    return subtract ? a - b : a + b;
}

// Counter.update(iterable): each item counts one more; update(mapping)
// adds the mapping's counts. subtract() takes them away.
template <class K, class V, class Iterable>
void counter_update(Dict<K, V>* c, const Iterable& items, bool subtract = false) {
  if constexpr (std::is_convertible_v<const Iterable&, const Dict<K, V>*>) {
    for (const auto& kv : static_cast<const Dict<K, V>*>(items)->items()) {
      V now = c->get(std::get<0>(kv), V(0));
      c->set_item(std::get<0>(kv), add_count(now, std::get<1>(kv), subtract));
    }
  } else {
    auto it = py_iter(items);
    ItemOf<Iterable> item{};
    while (it.next(item))
      c->set_item(item_as<K>(item), add_count(c->get(item_as<K>(item), V(0)), V(1), subtract));
  }
}

template <class K, class V, class Iterable>
void counter_subtract(Dict<K, V>* c, const Iterable& items) {
  counter_update(c, items, true);
}

template <class K, class V>
Dict<K, V>* make_counter() {
  return make_flavored<K, V>(DictFlavor::kCounter);
}

template <class K, class V, class Iterable>
Dict<K, V>* make_counter(const Iterable& items) {
  auto* c = make_counter<K, V>();
  counter_update(c, items);
  return c;
}

// most_common(n): items by count, highest first, ties in insertion order
// (sorted(..., reverse=True) is stable); n < 0 is none, as a slice [:n] of
// CPython's nlargest would not be: n counts from 0 up.
template <class K, class V>
List<Tuple<K, V>>* most_common(const Dict<K, V>* c, int64_t n = INT64_MAX) {
  List<Tuple<K, V>>* items = items_by_count(c);
  if (n < items->len) items->len = n > 0 ? n : 0;
  return items;
}

// elements(): each key repeated by its count (counts below one: none).
template <class K, class V>
List<K>* elements(const Dict<K, V>* c) {
  auto* out = List<K>::make(0);
  for (const auto& kv : c->items()) {
    for (V i = V(0); py_lt(i, std::get<1>(kv)); i = add_count(i, V(1), false))
      out->append(std::get<0>(kv));
  }
  return out;
}

template <class K, class V>
V total(const Dict<K, V>* c) {
  V sum = V(0);
  for (const auto& v : c->values()) sum = add_count(sum, v, false);
  return sum;
}

// ---- deque: a List with deque_maxlen set (list.h) ----

[[noreturn]] void raise_empty_deque();
[[noreturn]] void raise_negative_maxlen();
[[noreturn]] void raise_full_deque();

// deque(maxlen=n): n < 0 stands for None (unbounded).
template <class T>
List<T>* make_empty_deque(int64_t maxlen = -1, bool maxlen_given = false) {
  if (maxlen_given && maxlen < 0) raise_negative_maxlen();
  auto* d = List<T>::make(0);
  d->deque_maxlen =
      maxlen < 0 ? kUnboundedDeque : static_cast<int32_t>(std::min<int64_t>(maxlen, INT32_MAX));
  return d;
}

template <class T>
T deque_popleft(List<T>* d) {
  if (d->len == 0) raise_empty_deque();
  T first = d->items[0];
  d->items[0] = T{};  // no reference kept for the collector
  ++d->items;
  --d->cap;
  --d->len;
  if (d->front < INT32_MAX) ++d->front;
  return first;
}

template <class T>
T deque_pop(List<T>* d) {
  if (d->len == 0) raise_empty_deque();
  T last = d->items[--d->len];
  d->items[d->len] = T{};
  return last;
}

template <class T>
void deque_append(List<T>* d, T x) {
  if (d->deque_maxlen == 0) return;
  if (d->deque_maxlen > 0 && d->len == d->deque_maxlen) deque_popleft(d);
  d->append(x);
}

template <class T>
void deque_appendleft(List<T>* d, T x) {
  if (d->deque_maxlen == 0) return;
  if (d->deque_maxlen > 0 && d->len == d->deque_maxlen) deque_pop(d);
  if (d->front == 0) {  // a new array with room at both ends
    int64_t room = std::max<int64_t>(4, std::min<int64_t>(d->len, INT32_MAX / 2));
    int64_t spare = std::max<int64_t>(4, d->len / 2);
    T* fresh = gc_array<T>(room + d->len + spare);
    std::copy(d->items, d->items + d->len, fresh + room);
    d->items = fresh + room;
    d->cap = d->len + spare;
    d->front = static_cast<int32_t>(room);
  }
  --d->items;
  ++d->cap;
  --d->front;
  ++d->len;
  d->items[0] = x;
}

template <class T, class Iterable>
void deque_extend(List<T>* d, const Iterable& items) {
  List<T>* all = to_list<T>(items);  // d.extend(d) adds the old items once
  for (int64_t i = 0; i < all->len; ++i) deque_append(d, all->items[i]);
}

template <class T, class Iterable>
void deque_extendleft(List<T>* d, const Iterable& items) {
  List<T>* all = to_list<T>(items);
  for (int64_t i = 0; i < all->len; ++i) deque_appendleft(d, all->items[i]);
}

template <class T, class Iterable>
List<T>* make_deque(const Iterable& items, int64_t maxlen = -1, bool maxlen_given = false) {
  List<T>* d = make_empty_deque<T>(maxlen, maxlen_given);
  deque_extend(d, items);
  return d;
}

// rotate(n): n steps to the right (left for n < 0).
template <class T>
void deque_rotate(List<T>* d, int64_t n = 1) {
  if (d->len <= 1) return;
  int64_t k = ((n % d->len) + d->len) % d->len;
  std::rotate(d->items, d->items + (d->len - k), d->items + d->len);
}

template <class T>
List<T>* deque_copy(const List<T>* d) {
  List<T>* c = make_empty_deque<T>(d->deque_maxlen);
  c->extend(d);
  return c;
}

template <class T>
void deque_insert(List<T>* d, int64_t i, T x) {
  if (d->deque_maxlen >= 0 && d->len >= d->deque_maxlen) raise_full_deque();
  d->insert(i, x);
}

// OrderedDict.move_to_end(key, last=True); KeyError for a missing key.
template <class K, class V>
void move_to_end(Dict<K, V>* d, const K& key, bool last = true) {
  V value = d->pop(key);
  if (last) {
    d->set_item(key, value);
    return;
  }
  List<Tuple<K, V>>* rest = d->items_list();
  d->clear();
  d->set_item(key, value);
  for (int64_t i = 0; i < rest->len; ++i)
    d->set_item(std::get<0>(rest->items[i]), std::get<1>(rest->items[i]));
}

// OrderedDict.popitem(last=True): the last (or first) item, removed.
template <class K, class V>
Tuple<K, V> popitem(Dict<K, V>* d, bool last = true) {
  if (last || d->used == 0) return d->popitem();
  Tuple<K, V> first = *d->items().begin();
  d->del_item(std::get<0>(first));
  return first;
}

}  // namespace collections

}  // namespace krait::rt
