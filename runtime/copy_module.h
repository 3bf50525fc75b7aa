// Python's `copy` module: copy.copy (shallow) and copy.deepcopy.
//
// Contract: `copy::copy(x)` is x itself for immutable values (numbers,
// str, bytes, tuples of them, None, functions), a new container with the
// same items for a list, dict (with its flavor: a Counter stays a Counter),
// set or bytearray, and a new instance with the same attribute values for
// an instance of a program class (its generated `shallow_copy`).
// `copy::deepcopy(x)` copies containers and instances recursively with a
// memo, as CPython does: an object reached twice is copied once and the
// copies share it, and cycles are preserved. Deviation: dict keys and set
// items are shared with the original (they are hashable, normally
// immutable; CPython deep-copies instances used as keys). Objects of the
// runtime (files, compiled patterns) are their own copies.
#pragma once

#include <type_traits>
#include <unordered_map>

#include "runtime/bytes.h"
#include "runtime/dict.h"
#include "runtime/list.h"
#include "runtime/object.h"
#include "runtime/set.h"
#include "runtime/tuple.h"
#include "runtime/var_tuple.h"

namespace krait::rt {

// What deepcopy has copied: original -> copy. A malloc'd map is enough:
// every copy in it is also reachable from the copy being built (on the
// stack), which the collector scans.
struct CopyMemo {
  std::unordered_map<const void*, void*> copies;
  template <class T>
  T* find(const T* original) const {
    auto it = copies.find(original);
    return it == copies.end() ? nullptr : static_cast<T*>(it->second);
  }
  void remember(const void* original, void* copy) { copies[original] = copy; }
};

namespace copy {

// Every overload is declared before any is defined: a container's items
// are copied by whichever overload fits them.
template <class T>
T deepcopy(const T& x, CopyMemo& memo);
template <class T>
List<T>* deepcopy(List<T>* l, CopyMemo& memo);
template <class K, class V>
Dict<K, V>* deepcopy(Dict<K, V>* d, CopyMemo& memo);
template <class T>
Set<T>* deepcopy(Set<T>* s, CopyMemo& memo);
ByteArray* deepcopy(ByteArray* b, CopyMemo& memo);
template <class... Ts>
Tuple<Ts...> deepcopy(const Tuple<Ts...>& t, CopyMemo& memo);
template <class T>
VarTuple<T> deepcopy(const VarTuple<T>& t, CopyMemo& memo);

template <class T>
List<T>* deepcopy(List<T>* l, CopyMemo& memo) {
  if (l == nullptr) return l;
  if (List<T>* done = memo.find(l)) return done;
  List<T>* out = l->copy();
  memo.remember(l, out);
  for (int64_t i = 0; i < out->size(); ++i) out->items[i] = deepcopy(out->items[i], memo);
  return out;
}

template <class K, class V>
Dict<K, V>* deepcopy(Dict<K, V>* d, CopyMemo& memo) {
  if (d == nullptr) return d;
  if (Dict<K, V>* done = memo.find(d)) return done;
  Dict<K, V>* out = d->copy();
  memo.remember(d, out);
  out->clear();
  for (const auto& [k, v] : d->items()) out->set_item(k, deepcopy(v, memo));
  return out;
}

template <class T>
Set<T>* deepcopy(Set<T>* s, CopyMemo& memo) {
  if (s == nullptr) return s;
  if (Set<T>* done = memo.find(s)) return done;
  Set<T>* out = set_clone(s);
  memo.remember(s, out);
  return out;
}

inline ByteArray* deepcopy(ByteArray* b, CopyMemo& memo) {
  if (b == nullptr) return b;
  if (ByteArray* done = memo.find(b)) return done;
  ByteArray* out = ByteArray::of(b->view());
  memo.remember(b, out);
  return out;
}

template <class... Ts>
Tuple<Ts...> deepcopy(const Tuple<Ts...>& t, CopyMemo& memo) {
  return std::apply([&](const auto&... x) { return Tuple<Ts...>(deepcopy(x, memo)...); },
                    static_cast<const std::tuple<Ts...>&>(t));
}

template <class T>
VarTuple<T> deepcopy(const VarTuple<T>& t, CopyMemo& memo) {
  T* items = nullptr;
  VarTuple<T> out = VarTuple<T>::make(t.size, &items);
  for (int64_t i = 0; i < t.size; ++i) items[i] = deepcopy(t.items[i], memo);
  return out;
}

// Instances of program classes (their generated deep_copy), and values
// with nothing to copy (numbers, str, bytes, None, runtime objects).
template <class T>
T deepcopy(const T& x, CopyMemo& memo) {
  if constexpr (std::is_pointer_v<T> && std::is_base_of_v<Object, std::remove_pointer_t<T>>) {
    if (x == nullptr) return x;
    if (auto* done = memo.find(static_cast<const Object*>(x))) return static_cast<T>(done);
    return static_cast<T>(x->deep_copy(memo));
  } else {
    (void)memo;
    return x;
  }
}

template <class T>
T deepcopy(const T& x) {
  CopyMemo memo;
  return deepcopy(x, memo);
}

template <class T>
List<T>* copy(List<T>* l) {
  return l == nullptr ? l : l->copy();
}
template <class K, class V>
Dict<K, V>* copy(Dict<K, V>* d) {
  return d == nullptr ? d : d->copy();
}
template <class T>
Set<T>* copy(Set<T>* s) {
  return s == nullptr ? s : set_copy(s);
}
inline ByteArray* copy(ByteArray* b) {
  return b == nullptr ? b : ByteArray::of(b->view());
}
template <class T>
T copy(const T& x) {
  if constexpr (std::is_pointer_v<T> && std::is_base_of_v<Object, std::remove_pointer_t<T>>) {
    return x == nullptr ? x : static_cast<T>(x->shallow_copy());
  } else {
    return x;
  }
}

}  // namespace copy
}  // namespace krait::rt
