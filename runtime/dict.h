// Python dicts: `Dict<K, V>*` is a GC-allocated, insertion-ordered hash map.
//
// The layout is CPython's compact dict: a power-of-two index table (slots
// hold an entry number, kEmpty or kDummy) probed with CPython's perturbation
// sequence, and an entries array in insertion order. Deleting leaves a dead
// entry that the next resize compacts away, so iteration is always in
// insertion order, and `popitem()` removes the last entry. Keys are hashed
// with `hash_of` (CPython's hashes, hash.h) and compared with `py_eq`.
//
// Methods mirror Python's: `get_item` (d[k]; KeyError whose message is
// repr(k)), `set_item`, `del_item`, `contains`, `get`, `setdefault`, `pop`,
// `popitem` (KeyError 'popitem(): dictionary is empty'), `update`, `copy`,
// `clear`; `keys()`, `values()`, `items()` give views for range-for (items
// yield Tuple<K, V>), and `keys_list()`/`values_list()`/`items_list()`
// materialise them. Iterating raises RuntimeError "dictionary changed size
// during iteration" when the dict grew or shrank meanwhile, as CPython does.
//
// The dict subclasses of `collections` are dicts with a `flavor`
// (collections_module.h): d[k] of a missing key stores the default
// factory's value in a defaultdict and is 0 in a Counter; repr() names the
// class; two OrderedDicts compare equal only in the same order.
#pragma once

#include <algorithm>
#include <initializer_list>
#include <utility>

#include "runtime/compare.h"
#include "runtime/exceptions.h"
#include "runtime/gc.h"
#include "runtime/hash.h"
#include "runtime/list.h"
#include "runtime/repr.h"
#include "runtime/tuple.h"

namespace krait::rt {

[[noreturn]] void raise_key_error(const ExcArgs& key, const TraceSite* site = nullptr);
[[noreturn]] void raise_dict_changed_size();

template <class K>
ExcArgs key_args(const K& key) {
  return ExcArgs{1, str(key), repr(key)};  // as exc_args(key) builds it
}

enum class DictFlavor : uint8_t { kDict, kDefaultDict, kCounter, kOrderedDict };

template <class K, class V>
struct Dict {
  struct Entry {
    int64_t hash;
    bool live;
    K key;
    V value;
  };
  static constexpr int64_t kEmpty = -1;
  static constexpr int64_t kDummy = -2;

  int64_t* slots = nullptr;  // index table
  int64_t mask = 0;          // table size - 1
  Entry* entries = nullptr;
  int64_t nentries = 0;  // entries used, dead ones included
  int64_t usable = 0;    // entries that fit before a resize
  int64_t used = 0;      // live entries: len(d)
  DictFlavor flavor = DictFlavor::kDict;
  V (*default_factory)() = nullptr;    // a defaultdict's, or null
  const char* factory_repr = nullptr;  // "<class 'int'>"

  static Dict* make() {
    auto* d = gc_new<Dict>();
    d->resize(8);
    return d;
  }
  static Dict* of(std::initializer_list<std::pair<K, V>> kvs) {
    auto* d = make();
    for (const auto& [k, v] : kvs) d->set_item(k, v);
    return d;
  }

  int64_t size() const { return used; }
  bool contains(const K& key) const { return find(key, hash_of(key)) >= 0; }

  V get_item(const K& key, const TraceSite* site = nullptr) const {
    int64_t h = hash_of(key);
    int64_t i = find(key, h);
    if (i < 0) [[unlikely]]
      return missing(key, h, site);
    return entries[i].value;
  }
  // d[key] for a key d lacks: KeyError, except in the collections flavors.
  // (get_item is const for readers such as py_eq, which test contains()
  // first; only a defaultdict's d[key] stores.)
  V missing(const K& key, int64_t h, const TraceSite* site) const {
    if (flavor == DictFlavor::kCounter) return V{};
    if (default_factory == nullptr) raise_key_error(key_args(key), site);
    V value = default_factory();
    const_cast<Dict*>(this)->insert_new(key, value, h);
    return value;
  }
  // The value of key, or null (the pointer is good until the next insertion).
  const V* find_value(const K& key) const {
    int64_t i = find(key, hash_of(key));
    return i < 0 ? nullptr : &entries[i].value;
  }
  V get(const K& key, V dflt = V{}) const {
    int64_t i = find(key, hash_of(key));
    return i < 0 ? dflt : entries[i].value;
  }
  void set_item(const K& key, V value) {
    int64_t h = hash_of(key);
    int64_t i = find(key, h);
    if (i >= 0) {
      entries[i].value = value;
    } else {
      insert_new(key, value, h);
    }
  }
  V setdefault(const K& key, V dflt = V{}) {
    int64_t h = hash_of(key);
    int64_t i = find(key, h);
    if (i >= 0) return entries[i].value;
    insert_new(key, dflt, h);
    return dflt;
  }
  void del_item(const K& key) {
    int64_t slot = find_slot(key, hash_of(key));
    if (slot < 0) raise_key_error(key_args(key));
    remove_at(slot);
  }
  V pop(const K& key) {
    int64_t slot = find_slot(key, hash_of(key));
    if (slot < 0) raise_key_error(key_args(key));
    return remove_at(slot);
  }
  V pop(const K& key, V dflt) {
    int64_t slot = find_slot(key, hash_of(key));
    return slot < 0 ? dflt : remove_at(slot);
  }
  Tuple<K, V> popitem() {
    if (used == 0)
      raise_key_error(ExcArgs{1, Str("popitem(): dictionary is empty"),
                              Str("'popitem(): dictionary is empty'")});
    int64_t i = nentries - 1;
    while (!entries[i].live) --i;
    Tuple<K, V> kv(entries[i].key, entries[i].value);
    remove_at(find_slot(entries[i].key, entries[i].hash));
    nentries = i;
    return kv;
  }
  void update(const Dict* other) {
    for (int64_t i = 0; i < other->nentries; ++i) {
      const Entry& e = other->entries[i];
      if (e.live) set_item(e.key, e.value);
    }
  }
  Dict* copy() const {
    auto* d = make();
    d->flavor = flavor;
    d->default_factory = default_factory;
    d->factory_repr = factory_repr;
    d->update(this);
    return d;
  }
  void clear() {
    nentries = used = 0;  // first: resize keeps the live entries, and indexes them
    resize(8);
  }

  // Views for iteration; each step checks the size did not change.
  template <class Item, Item (*Project)(const Entry&)>
  struct View {
    const Dict* d;
    struct Iterator {
      const Dict* d;
      int64_t i;
      int64_t expected_used;
      Item operator*() const { return Project(d->entries[i]); }
      Iterator& operator++() {
        ++i;
        skip();
        return *this;
      }
      bool operator!=(const Iterator&) const { return i < d->nentries; }
      void skip() {
        if (d->used != expected_used) raise_dict_changed_size();
        while (i < d->nentries && !d->entries[i].live) ++i;
      }
    };
    Iterator begin() const {
      Iterator it{d, 0, d->used};
      it.skip();
      return it;
    }
    Iterator end() const { return {d, 0, 0}; }
    int64_t size() const { return d->used; }
    List<Item>* to_list() const {
      auto* l = List<Item>::make(0);
      l->reserve(d->used);
      for (Item x : *this) l->append(x);
      return l;
    }
  };
  static K project_key(const Entry& e) { return e.key; }
  static V project_value(const Entry& e) { return e.value; }
  static Tuple<K, V> project_item(const Entry& e) { return Tuple<K, V>(e.key, e.value); }
  using KeysView = View<K, &Dict::project_key>;
  using ValuesView = View<V, &Dict::project_value>;
  using ItemsView = View<Tuple<K, V>, &Dict::project_item>;

  KeysView keys() const { return {this}; }
  ValuesView values() const { return {this}; }
  ItemsView items() const { return {this}; }
  typename KeysView::Iterator begin() const { return keys().begin(); }
  typename KeysView::Iterator end() const { return keys().end(); }
  List<K>* keys_list() const { return keys().to_list(); }
  List<V>* values_list() const { return values().to_list(); }
  List<Tuple<K, V>>* items_list() const { return items().to_list(); }

 private:
  // Slot of key in the index table, or -1.
  int64_t find_slot(const K& key, int64_t h) const {
    auto perturb = static_cast<uint64_t>(h);
    uint64_t i = perturb & mask;
    for (;;) {
      int64_t ix = slots[i];
      if (ix == kEmpty) return -1;
      if (ix >= 0 && entries[ix].hash == h && py_eq(entries[ix].key, key)) {
        return static_cast<int64_t>(i);
      }
      perturb >>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
  }
  int64_t find(const K& key, int64_t h) const {
    int64_t s = find_slot(key, h);
    return s < 0 ? -1 : slots[s];
  }
  int64_t empty_slot(int64_t h) const {
    auto perturb = static_cast<uint64_t>(h);
    uint64_t i = perturb & mask;
    while (slots[i] >= 0) {
      perturb >>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
    return static_cast<int64_t>(i);
  }
  void insert_new(const K& key, V value, int64_t h) {
    if (usable <= 0) resize(next_size(used * 3));
    slots[empty_slot(h)] = nentries;
    new (&entries[nentries]) Entry{h, true, key, value};
    ++nentries;
    ++used;
    --usable;
  }
  V remove_at(int64_t slot) {
    Entry& e = entries[slots[slot]];
    V value = e.value;
    e.live = false;
    e.key = K{};
    e.value = V{};
    slots[slot] = kDummy;
    --used;
    return value;
  }
  static int64_t next_size(int64_t min) {
    int64_t n = 8;
    while (n < min) n <<= 1;
    return n;
  }
  // Rebuilds the table with `size` slots, compacting the live entries.
  void resize(int64_t size) {
    auto* new_slots = static_cast<int64_t*>(gc_alloc_atomic(sizeof(int64_t) * size));
    for (int64_t i = 0; i < size; ++i) new_slots[i] = kEmpty;
    int64_t capacity = size * 2 / 3;
    Entry* new_entries = gc_array<Entry>(capacity);
    int64_t n = 0;
    for (int64_t i = 0; i < nentries; ++i) {
      if (entries[i].live) new (&new_entries[n++]) Entry(entries[i]);
    }
    slots = new_slots;
    mask = size - 1;
    entries = new_entries;
    nentries = n;
    usable = capacity - n;
    for (int64_t i = 0; i < n; ++i) slots[empty_slot(entries[i].hash)] = i;
  }
};

template <class K, class V>
bool contains(const Dict<K, V>* d, const K& key) {
  return d->contains(key);
}

template <class K, class V>
bool truthy(const Dict<K, V>* d) {
  return d != nullptr && d->used != 0;
}

template <class K, class V>
bool py_eq(const Dict<K, V>* a, const Dict<K, V>* b) {
  if (a == b) return true;
  if (a == nullptr || b == nullptr || a->used != b->used) return false;
  if (a->flavor == DictFlavor::kOrderedDict && b->flavor == DictFlavor::kOrderedDict) {
    auto ia = a->items().begin(), ib = b->items().begin();
    for (; ia != a->items().end(); ++ia, ++ib) {
      if (!py_eq(*ia, *ib)) return false;
    }
    return true;
  }
  for (int64_t i = 0; i < a->nentries; ++i) {
    const auto& e = a->entries[i];
    if (!e.live) continue;
    if (!b->contains(e.key) || !py_eq(b->get_item(e.key), e.value)) return false;
  }
  return true;
}

// A dict nothing was ever stored in (an empty display, `{}`) against any
// dict: it is always empty.
inline bool py_eq(const Dict<NoneType, NoneType>* a, const Dict<NoneType, NoneType>* b) {
  return a->used == b->used;
}
template <class K, class V>
bool py_eq(const Dict<NoneType, NoneType>* a, const Dict<K, V>* b) {
  return a->used == 0 && b->used == 0;
}
template <class K, class V>
bool py_eq(const Dict<K, V>* a, const Dict<NoneType, NoneType>* b) {
  return py_eq(b, a);
}

template <class K, class V>
void repr_to(StrBuilder& out, const Dict<K, V>* d);

// A Counter's items by count, highest first, ties in insertion order
// (most_common(); sorted(..., reverse=True) is stable).
template <class K, class V>
List<Tuple<K, V>>* items_by_count(const Dict<K, V>* c) {
  List<Tuple<K, V>>* items = c->items_list();
  std::stable_sort(items->items, items->items + items->len,
                   [](const Tuple<K, V>& a, const Tuple<K, V>& b) {
                     return py_lt(std::get<1>(b), std::get<1>(a));
                   });
  return items;
}

// The repr of a defaultdict, a Counter or an OrderedDict.
template <class K, class V>
void flavored_repr_to(StrBuilder& out, const Dict<K, V>* d) {
  switch (d->flavor) {
    case DictFlavor::kDefaultDict: {
      out.append("defaultdict(");
      out.append(d->factory_repr != nullptr ? d->factory_repr : "None");
      out.append(", ");
      Dict<K, V> plain = *d;
      plain.flavor = DictFlavor::kDict;
      repr_to(out, &plain);
      out.push(')');
      return;
    }
    case DictFlavor::kCounter: {
      out.append("Counter(");
      if (d->used != 0) {
        out.push('{');
        List<Tuple<K, V>>* items = items_by_count(d);
        for (int64_t i = 0; i < items->len; ++i) {
          if (i) out.append(", ");
          repr_to(out, std::get<0>(items->items[i]));
          out.append(": ");
          repr_to(out, std::get<1>(items->items[i]));
        }
        out.push('}');
      }
      out.push(')');
      return;
    }
    case DictFlavor::kOrderedDict:
      out.append("OrderedDict(");
      if (d->used != 0) repr_to(out, d->items_list());
      out.push(')');
      return;
    case DictFlavor::kDict:
      break;
  }
}

template <class K, class V>
void repr_to(StrBuilder& out, const Dict<K, V>* d) {
  if (d == nullptr) {
    out.append("None");
    return;
  }
  if (d->flavor != DictFlavor::kDict) return flavored_repr_to(out, d);
  out.push('{');
  bool first = true;
  for (int64_t i = 0; i < d->nentries; ++i) {
    const auto& e = d->entries[i];
    if (!e.live) continue;
    if (!first) out.append(", ");
    first = false;
    repr_to(out, e.key);
    out.append(": ");
    repr_to(out, e.value);
  }
  out.push('}');
}

template <class K, class V>
void str_to(StrBuilder& out, const Dict<K, V>* d) {
  repr_to(out, d);
}

}  // namespace krait::rt
