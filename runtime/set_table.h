// The hash table behind Python sets: `Set<T>*`, GC-allocated, laid out
// exactly as CPython 3.11's setobject.c lays out its table, so a set
// iterates (and prints) in the same order as CPython's.
//
// Contract. One table of 2**k entries (at least 8), each empty, active or a
// dummy (a removed key); `fill` counts active plus dummy entries, `used` the
// active ones (len(s)). A key's probe sequence is CPython's: its hash masked,
// then up to LINEAR_PROBES (9) following slots while they fit before the end
// of the table, then `perturb >>= 5; i = (i * 5 + 1 + perturb) & mask`.
// `add_entry` reuses the last dummy met before an empty slot (as 3.11 does)
// and, when it took an empty slot and `fill * 5 >= mask * 3`, resizes to the
// smallest power of two above `used * 4` (`used * 2` past 50000 keys);
// `resize` reinserts the active keys in table order. `merge` (set.update of a
// set), `pop` (with its finger) and `clear` follow CPython's algorithms too.
// Hashes are `hash_of` (CPython's, hash.h); keys compare with `py_eq`.
// The set algebra, printing and iteration are in set.h.
#pragma once

#include <cstdint>
#include <initializer_list>

#include "runtime/compare.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/gc.h"
#include "runtime/hash.h"

namespace krait::rt {

[[noreturn]] void raise_pop_from_empty_set();

template <class T>
struct Set {
  enum State : int8_t { kEmpty = 0, kActive = 1, kDummy = 2 };
  struct Entry {
    int64_t hash;  // 0 in an empty entry, -1 in a dummy (frozenset hashes read them)
    T key;
    State state;
  };
  static constexpr int64_t kMinSize = 8;
  static constexpr uint64_t kLinearProbes = 9;

  Entry* table = nullptr;
  int64_t mask = 0;
  int64_t fill = 0;
  int64_t used = 0;
  int64_t finger = 0;   // where pop() starts looking
  bool frozen = false;  // a frozenset (prints as frozenset({...}))

  static Set* make(bool frozen = false) {
    auto* s = gc_new<Set>();
    s->table = new_table(kMinSize);
    s->mask = kMinSize - 1;
    s->frozen = frozen;
    return s;
  }
  // A set display: the items added left to right.
  static Set* of(std::initializer_list<T> items) {
    auto* s = make();
    for (const T& x : items) s->add(x);
    return s;
  }
  // A display of three or more constants, which CPython's compiler folds:
  // a frozenset of the items, rebuilt from its own order when the code
  // object's constants are merged, then merged into a new set.
  static Set* of_constants(std::initializer_list<T> items) {
    Set* folded = of(items);
    Set* merged = make();
    for (int64_t i = 0; i <= folded->mask; ++i) {
      if (folded->table[i].state == kActive) merged->add(folded->table[i].key);
    }
    Set* s = make();
    s->merge(merged);
    return s;
  }

  int64_t size() const { return used; }
  bool contains(const T& key) const { return contains_entry(key, hash_of(key)); }
  bool contains_entry(const T& key, int64_t hash) const {
    return lookup(key, hash)->state == kActive;
  }
  void add(const T& key) { add_entry(key, hash_of(key)); }
  // False when the key was absent.
  bool discard(const T& key) { return discard_entry(key, hash_of(key)); }
  bool discard_entry(const T& key, int64_t hash) {
    Entry* e = lookup(key, hash);
    if (e->state != kActive) return false;
    e->state = kDummy;
    e->hash = -1;
    e->key = T{};
    --used;
    return true;
  }
  void remove(const T& key) {
    if (!discard(key)) raise_key_error(key_args(key));
  }
  T pop() {
    if (used == 0) raise_pop_from_empty_set();
    Entry* e = table + (finger & mask);
    Entry* limit = table + mask;
    while (e->state != kActive) {
      if (++e > limit) e = table;
    }
    T key = e->key;
    e->state = kDummy;
    e->hash = -1;
    e->key = T{};
    --used;
    finger = e - table + 1;
    return key;
  }
  void clear() {
    table = new_table(kMinSize);
    mask = kMinSize - 1;
    fill = used = 0;
  }

  void add_entry(const T& key, int64_t hash) {
    auto perturb = static_cast<uint64_t>(hash);
    auto m = static_cast<uint64_t>(mask);
    uint64_t i = perturb & m;
    Entry* freeslot = nullptr;
    for (;;) {
      Entry* e = &table[i];
      uint64_t probes = i + kLinearProbes <= m ? kLinearProbes : 0;
      for (;; ++e) {
        if (e->state == kEmpty) {
          if (freeslot != nullptr) {
            put(freeslot, key, hash);
            ++used;
            return;
          }
          put(e, key, hash);
          ++fill;
          ++used;
          if (fill * 5 >= mask * 3) resize(grown_size());
          return;
        }
        if (e->state == kActive) {
          if (e->hash == hash && py_eq(e->key, key)) return;
        } else {
          freeslot = e;
        }
        if (probes-- == 0) break;
      }
      perturb >>= 5;
      i = (i * 5 + 1 + perturb) & m;
    }
  }

  // s.update(other) for a set `other` (set_merge).
  void merge(const Set* other) {
    if (other == this || other->used == 0) return;
    if ((fill + other->used) * 5 >= mask * 3) resize((used + other->used) * 2);
    if (fill == 0 && mask == other->mask && other->fill == other->used) {
      for (int64_t i = 0; i <= mask; ++i) {
        if (other->table[i].state == kActive) table[i] = other->table[i];
      }
      fill = used = other->used;
      return;
    }
    if (fill == 0) {
      for (int64_t i = 0; i <= other->mask; ++i) {
        const Entry& e = other->table[i];
        if (e.state == kActive) insert_clean(table, mask, e.key, e.hash);
      }
      fill = used = other->used;
      return;
    }
    for (int64_t i = 0; i <= other->mask; ++i) {
      const Entry& e = other->table[i];
      if (e.state == kActive) add_entry(e.key, e.hash);
    }
  }
  // s.update(d) for a dict: one resize first, then its keys in dict order.
  template <class K, class V>
  void merge_keys(const Dict<K, V>* d) {
    if ((fill + d->used) * 5 >= mask * 3) resize((used + d->used) * 2);
    for (int64_t i = 0; i < d->nentries; ++i) {
      const auto& e = d->entries[i];
      if (e.live) add_entry(T(e.key), e.hash);
    }
  }

  // The smallest power of two above `minused` (at least 8); the active keys
  // are reinserted in table order.
  void resize(int64_t minused) {
    int64_t size = kMinSize;
    while (size <= minused) size <<= 1;
    if (size == kMinSize && mask == kMinSize - 1 && fill == used) return;  // nothing to purge
    Entry* old = table;
    int64_t old_mask = mask;
    table = new_table(size);
    mask = size - 1;
    for (int64_t i = 0; i <= old_mask; ++i) {
      if (old[i].state == kActive) insert_clean(table, mask, old[i].key, old[i].hash);
    }
    fill = used;
  }
  int64_t grown_size() const { return used > 50000 ? used * 2 : used * 4; }

  // The entry holding key, or the empty entry that ends its probe sequence.
  Entry* lookup(const T& key, int64_t hash) const {
    auto perturb = static_cast<uint64_t>(hash);
    auto m = static_cast<uint64_t>(mask);
    uint64_t i = perturb & m;
    for (;;) {
      Entry* e = &table[i];
      uint64_t probes = i + kLinearProbes <= m ? kLinearProbes : 0;
      for (;; ++e) {
        if (e->state == kEmpty) return e;
        if (e->state == kActive && e->hash == hash && py_eq(e->key, key)) return e;
        if (probes-- == 0) break;
      }
      perturb >>= 5;
      i = (i * 5 + 1 + perturb) & m;
    }
  }

 private:
  static Entry* new_table(int64_t size) {
    Entry* t = gc_array<Entry>(size);
    for (int64_t i = 0; i < size; ++i) new (&t[i]) Entry{0, T{}, kEmpty};
    return t;
  }
  static void put(Entry* e, const T& key, int64_t hash) { new (e) Entry{hash, key, kActive}; }
  // Inserts a key known to be absent into a table without dummies.
  static void insert_clean(Entry* t, int64_t mask, const T& key, int64_t hash) {
    auto perturb = static_cast<uint64_t>(hash);
    auto m = static_cast<uint64_t>(mask);
    uint64_t i = perturb & m;
    for (;;) {
      Entry* e = &t[i];
      uint64_t probes = i + kLinearProbes <= m ? kLinearProbes : 0;
      for (;; ++e) {
        if (e->state == kEmpty) {
          put(e, key, hash);
          return;
        }
        if (probes-- == 0) break;
      }
      perturb >>= 5;
      i = (i * 5 + 1 + perturb) & m;
    }
  }
};

}  // namespace krait::rt
