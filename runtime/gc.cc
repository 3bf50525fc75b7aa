// Typed allocation for gc_alloc_prefix_scanned (gc.h).
#include "runtime/gc.h"

#include <gc/gc_typed.h>

#include <array>

namespace krait::rt {

namespace {

// The collector's layout descriptor for "the first k words may be pointers,
// the rest are not" (made once per k: descriptors are a finite resource).
GC_descr prefix_descriptor(size_t k) {
  static std::array<GC_descr, 9> descriptors{};
  static std::array<bool, 9> made{};
  if (!made[k]) {
    GC_word bitmap[1] = {0};
    for (size_t i = 0; i < k; ++i) GC_set_bit(bitmap, i);
    descriptors[k] = GC_make_descriptor(bitmap, k);
    made[k] = true;
  }
  return descriptors[k];
}

}  // namespace

void* gc_alloc_prefix_scanned(size_t bytes, size_t scanned_words) {
  void* p = GC_malloc_explicitly_typed(bytes, prefix_descriptor(scanned_words));
  if (p == nullptr) raise_memory_error();
  return p;
}

}  // namespace krait::rt
