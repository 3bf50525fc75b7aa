// dict(mapping), dict(iterable of pairs) and dict(name=value, ...): a new dict with the mapping's
// entries, or with one entry per (key, value) pair, later pairs replacing
// earlier ones of the same key, as in CPython. Keys and values convert to
// the new dict's types (the annotator may have widened them).
#pragma once

#include <tuple>

#include "runtime/dict.h"
#include "runtime/iterators.h"
#include "runtime/set.h"

namespace krait::rt {

template <class K, class V, class Iterable>
Dict<K, V>* dict_from(const Iterable& items) {
  auto* d = Dict<K, V>::make();
  if constexpr (detail::kIsDict<Iterable>) {
    for (int64_t i = 0; i < items->nentries; ++i) {
      const auto& e = items->entries[i];
      if (e.live) d->set_item(K(e.key), V(e.value));
    }
  } else {
    auto it = py_iter(items);
    ItemOf<Iterable> item{};
    while (it.next(item)) d->set_item(K(std::get<0>(item)), V(std::get<1>(item)));
  }
  return d;
}

// d after d[key] = value: dict(name=value, ...) as one expression.
template <class K, class V>
Dict<K, V>* with_item(Dict<K, V>* d, const K& key, const V& value) {
  d->set_item(key, value);
  return d;
}

}  // namespace krait::rt
