// Python's set and frozenset over `Set<T>*` (the table is set_table.h).
//
// Contract. Every operation follows CPython 3.11's setobject.c step by step,
// so the resulting tables, and therefore iteration and printing order, are
// CPython's: a union copies the left set then adds the others; an
// intersection walks the smaller set (or the iterable); a difference builds
// a new set or copies and discards, by CPython's size rule; difference_update
// resizes away dummies when they exceed a quarter of the table; a symmetric
// difference starts from a copy of the right operand. Arguments that are not
// sets may be any iterable py_iter() accepts (dict keys keep CPython's
// one-resize-first rule). Results keep the left operand's kind (set or
// frozenset); `frozenset.copy()` is the frozenset itself.
//
// Free functions (generated code calls them for methods and operators):
// set_from, set_copy, set_update, set_union, set_intersection(_update),
// set_difference(_update), set_symmetric_difference(_update), set_isdisjoint,
// set_issubset, set_issuperset, set_lt/le/gt/ge; overloads py_eq, py_lt
// (proper subset, as sort() uses it), hash_of (frozenset's hash), truthy,
// contains, repr_to/str_to ("{1, 2}", "set()", "frozenset({1})"), format,
// and py_iter (table order; RuntimeError "Set changed size during
// iteration" when the size changed since the previous step).
#pragma once

#include <type_traits>
#include <utility>

#include "runtime/format_containers.h"
#include "runtime/iterators.h"
#include "runtime/set_table.h"

namespace krait::rt {

[[noreturn]] void raise_set_changed_size();

template <class T>
struct SetIter {
  using Item = T;
  const Set<T>* s;
  int64_t pos;
  int64_t expected_used;
  bool next(Item& out) {
    if (s->used != expected_used) raise_set_changed_size();
    while (pos <= s->mask && s->table[pos].state != Set<T>::kActive) ++pos;
    if (pos > s->mask) return false;
    out = s->table[pos++].key;
    return true;
  }
};
template <class T>
SetIter<T> py_iter(const Set<T>* s) {
  return {s, 0, s->used};
}
template <class T>
SetIter<T> py_iter(Set<T>* s) {
  return {s, 0, s->used};
}

// Calls f(entry) for each active entry, in table order.
template <class T, class F>
void for_each_entry(const Set<T>* s, F f) {
  for (int64_t i = 0; i <= s->mask; ++i) {
    if (s->table[i].state == Set<T>::kActive) f(s->table[i]);
  }
}

namespace detail {
template <class X, class T>
inline constexpr bool kSetOf = std::is_convertible_v<const X&, const Set<T>*>;
template <class X>
inline constexpr bool kIsDict = false;
template <class K, class V>
inline constexpr bool kIsDict<Dict<K, V>*> = true;
template <class K, class V>
inline constexpr bool kIsDict<const Dict<K, V>*> = true;
}  // namespace detail

// s.update(other): a set merges, a dict adds its keys, any other iterable
// adds its items one by one.
template <class T, class Iterable>
void set_update(Set<T>* s, const Iterable& other) {
  if constexpr (detail::kSetOf<Iterable, T>) {
    s->merge(other);
  } else if constexpr (detail::kIsDict<Iterable>) {
    s->merge_keys(other);
  } else {
    auto it = py_iter(other);
    ItemOf<Iterable> item{};
    while (it.next(item)) s->add(T(item));
  }
}
template <class T, class... Iterables>
void set_update_all(Set<T>* s, const Iterables&... others) {
  (set_update(s, others), ...);
}

// set(iterable) / frozenset(iterable).
template <class T, class Iterable>
Set<T>* set_from(const Iterable& items, bool frozen = false) {
  auto* s = Set<T>::make(frozen);
  set_update(s, items);
  return s;
}
// A new set (of s's kind) with s's items.
template <class T>
Set<T>* set_clone(const Set<T>* s) {
  auto* r = Set<T>::make(s->frozen);
  r->merge(s);
  return r;
}
// s.copy(): a frozenset is its own copy.
template <class T>
Set<T>* set_copy(Set<T>* s) {
  return s->frozen ? s : set_clone(s);
}

template <class T, class... Iterables>
Set<T>* set_union(const Set<T>* s, const Iterables&... others) {
  Set<T>* r = set_clone(s);
  [[maybe_unused]] auto add = [&](const auto& other) {
    if constexpr (detail::kSetOf<std::decay_t<decltype(other)>, T>) {
      if (static_cast<const Set<T>*>(other) == s) return;
    }
    set_update(r, other);
  };
  (add(others), ...);
  return r;
}

template <class T, class Iterable>
Set<T>* set_intersection(const Set<T>* so, const Iterable& other) {
  if constexpr (detail::kSetOf<Iterable, T>) {
    const Set<T>* o = other;
    if (o == so) return set_clone(so);
    auto* r = Set<T>::make(so->frozen);
    if (o->used > so->used) std::swap(so, o);
    for_each_entry(o, [&](const auto& e) {
      if (so->contains_entry(e.key, e.hash)) r->add_entry(e.key, e.hash);
    });
    return r;
  } else {
    auto* r = Set<T>::make(so->frozen);
    auto it = py_iter(other);
    ItemOf<Iterable> item{};
    while (it.next(item)) {
      T key(item);
      int64_t h = hash_of(key);
      if (so->contains_entry(key, h)) {
        r->add_entry(key, h);
        if (r->used >= so->used) break;
      }
    }
    return r;
  }
}
template <class T>
Set<T>* set_intersection_all(const Set<T>* s) {
  return set_clone(s);
}
template <class T, class First, class... Rest>
Set<T>* set_intersection_all(const Set<T>* s, const First& first, const Rest&... rest) {
  Set<T>* r = set_intersection(s, first);
  ((r = set_intersection(r, rest)), ...);
  return r;
}
// s &= ...: the result's table replaces s's (set_swap_bodies).
template <class T>
void set_take_table(Set<T>* s, const Set<T>* from) {
  s->table = from->table;
  s->mask = from->mask;
  s->fill = from->fill;
  s->used = from->used;
}
template <class T, class... Iterables>
void set_intersection_update(Set<T>* s, const Iterables&... others) {
  set_take_table(s, set_intersection_all(s, others...));
}

template <class T, class Iterable>
bool set_isdisjoint(const Set<T>* so, const Iterable& other) {
  if constexpr (detail::kSetOf<Iterable, T>) {
    const Set<T>* o = other;
    if (o == so) return so->used == 0;
    if (o->used > so->used) std::swap(so, o);
    bool disjoint = true;
    for_each_entry(
        o, [&](const auto& e) { disjoint = disjoint && !so->contains_entry(e.key, e.hash); });
    return disjoint;
  } else {
    auto it = py_iter(other);
    ItemOf<Iterable> item{};
    while (it.next(item)) {
      if (so->contains(T(item))) return false;
    }
    return true;
  }
}

// set_difference_update_internal.
template <class T, class Iterable>
void set_difference_update_one(Set<T>* so, const Iterable& other) {
  if constexpr (detail::kSetOf<Iterable, T>) {
    const Set<T>* o = other;
    if (o == so) {
      so->clear();
      return;
    }
    if ((o->used >> 3) > so->used) o = set_intersection(so, o);
    for_each_entry(o, [&](const auto& e) { so->discard_entry(e.key, e.hash); });
  } else {
    auto it = py_iter(other);
    ItemOf<Iterable> item{};
    while (it.next(item)) so->discard(T(item));
  }
  if (so->fill - so->used <= so->mask / 4) return;
  so->resize(so->grown_size());
}
template <class T, class... Iterables>
void set_difference_update(Set<T>* s, const Iterables&... others) {
  (set_difference_update_one(s, others), ...);
}

template <class T, class Iterable>
Set<T>* set_difference(const Set<T>* so, const Iterable& other) {
  auto copy_and_difference = [&] {
    Set<T>* r = set_clone(so);
    set_difference_update_one(r, other);
    return r;
  };
  if constexpr (detail::kSetOf<Iterable, T> || detail::kIsDict<Iterable>) {
    if ((so->used >> 2) > other->used) return copy_and_difference();
    auto* r = Set<T>::make(so->frozen);
    for_each_entry(so, [&](const auto& e) {
      bool in_other;
      if constexpr (detail::kSetOf<Iterable, T>) {
        in_other = other->contains_entry(e.key, e.hash);
      } else {
        in_other = other->contains(e.key);
      }
      if (!in_other) r->add_entry(e.key, e.hash);
    });
    return r;
  } else {
    return copy_and_difference();
  }
}
template <class T>
Set<T>* set_difference_all(const Set<T>* s) {
  return set_clone(s);
}
template <class T, class First, class... Rest>
Set<T>* set_difference_all(const Set<T>* s, const First& first, const Rest&... rest) {
  Set<T>* r = set_difference(s, first);
  (set_difference_update_one(r, rest), ...);
  return r;
}

template <class T, class Iterable>
void set_symmetric_difference_update(Set<T>* so, const Iterable& other) {
  auto toggle = [&](const T& key, int64_t hash) {
    if (!so->discard_entry(key, hash)) so->add_entry(key, hash);
  };
  if constexpr (detail::kIsDict<Iterable>) {
    for (int64_t i = 0; i < other->nentries; ++i) {
      if (other->entries[i].live) toggle(T(other->entries[i].key), other->entries[i].hash);
    }
  } else {
    const Set<T>* o;
    if constexpr (detail::kSetOf<Iterable, T>) {
      o = other;
      if (o == so) {
        so->clear();
        return;
      }
    } else {
      o = set_from<T>(other, so->frozen);
    }
    for_each_entry(o, [&](const auto& e) { toggle(e.key, e.hash); });
  }
}
template <class T, class Iterable>
Set<T>* set_symmetric_difference(const Set<T>* so, const Iterable& other) {
  Set<T>* r = set_from<T>(other, so->frozen);
  set_symmetric_difference_update(r, so);
  return r;
}

template <class T, class Iterable>
bool set_issubset(const Set<T>* so, const Iterable& other) {
  if constexpr (detail::kSetOf<Iterable, T>) {
    const Set<T>* o = other;
    if (so->used > o->used) return false;
    bool all = true;
    for_each_entry(so, [&](const auto& e) { all = all && o->contains_entry(e.key, e.hash); });
    return all;
  } else {
    return set_intersection(so, other)->used == so->used;
  }
}
template <class T, class Iterable>
bool set_issuperset(const Set<T>* so, const Iterable& other) {
  if constexpr (detail::kSetOf<Iterable, T>) {
    return set_issubset(static_cast<const Set<T>*>(other), so);
  } else {
    auto it = py_iter(other);
    ItemOf<Iterable> item{};
    while (it.next(item)) {
      if (!so->contains(T(item))) return false;
    }
    return true;
  }
}

// Comparisons: subset order (set_richcompare).
template <class T>
bool py_eq(const Set<T>* a, const Set<T>* b) {
  if (a == b) return true;
  if (a == nullptr || b == nullptr || a->used != b->used) return false;
  return set_issubset(a, b);
}
template <class T>
bool set_le(const Set<T>* a, const Set<T>* b) {
  return set_issubset(a, b);
}
template <class T>
bool set_ge(const Set<T>* a, const Set<T>* b) {
  return set_issuperset(a, b);
}
template <class T>
bool set_lt(const Set<T>* a, const Set<T>* b) {
  return a->used < b->used && set_issubset(a, b);
}
template <class T>
bool set_gt(const Set<T>* a, const Set<T>* b) {
  return a->used > b->used && set_issuperset(a, b);
}
template <class T>
bool py_lt(const Set<T>* a, const Set<T>* b) {
  return set_lt(a, b);
}

// frozenset_hash: every entry's hash field shuffled and xored (empty and
// dummy entries included, then cancelled), mixed with the length.
inline uint64_t shuffle_set_hash_bits(uint64_t h) {
  return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL;
}
template <class T>
int64_t hash_of(const Set<T>* s) {
  uint64_t h = 0;
  for (int64_t i = 0; i <= s->mask; ++i)
    h ^= shuffle_set_hash_bits(static_cast<uint64_t>(s->table[i].hash));
  if ((s->mask + 1 - s->fill) & 1) h ^= shuffle_set_hash_bits(0);
  if ((s->fill - s->used) & 1) h ^= shuffle_set_hash_bits(~uint64_t{0});
  h ^= (static_cast<uint64_t>(s->used) + 1) * 1927868237ULL;
  h ^= (h >> 11) ^ (h >> 25);
  h = h * 69069U + 907133923ULL;
  if (h == ~uint64_t{0}) h = 590923713ULL;
  return static_cast<int64_t>(h);
}

template <class T>
bool truthy(const Set<T>* s) {
  return s != nullptr && s->used != 0;
}
template <class T, class U>
bool contains(const Set<T>* s, const U& key) {
  return s->contains(T(key));
}

template <class T>
void repr_to(StrBuilder& out, const Set<T>* s) {
  if (s == nullptr) {
    out.append("None");
    return;
  }
  const char* kind = s->frozen ? "frozenset" : "set";
  if (s->used == 0) {
    out.append(kind);
    out.append("()");
    return;
  }
  if (s->frozen) out.append("frozenset(");
  out.push('{');
  bool first = true;
  for_each_entry(s, [&](const auto& e) {
    if (!first) out.append(", ");
    first = false;
    repr_to(out, e.key);
  });
  out.push('}');
  if (s->frozen) out.push(')');
}
template <class T>
void str_to(StrBuilder& out, const Set<T>* s) {
  repr_to(out, s);
}
template <class T>
Str format(const Set<T>* value, Str spec) {
  if (spec.nbytes() != 0) raise_unsupported_format(value->frozen ? "frozenset" : "set");
  return str(value);
}

}  // namespace krait::rt
