// Allocation on the Boehm-Demers-Weiser collector.
//
// Every runtime object (strings, lists, dicts, instances, exceptions) lives on
// the collected heap; nothing is ever freed explicitly and no destructor runs.
// `gc_new<T>(args...)` allocates a scanned object (it may hold pointers);
// `gc_alloc_atomic(n)` allocates bytes the collector never scans (string
// bytes, arrays of numbers); `gc_array<T>(n)` picks between the two by the
// `kPointerFree<T>` trait, which containers use for their element storage;
// `gc_alloc_prefix_scanned(n, k)` allocates one block whose first k words
// are scanned and the rest never (a header followed by numbers: a list
// copy is then one allocation, not two). Allocation failure raises
// MemoryError.
#pragma once

#include <gc/gc.h>

#include <cstddef>
#include <cstdint>
#include <new>
#include <type_traits>
#include <utility>

namespace krait::rt {

[[noreturn]] void raise_memory_error();

// True when values of T hold no pointer into the collected heap, so arrays of
// them can be allocated atomically. Specialised by Tuple.
template <class T>
inline constexpr bool kPointerFree = std::is_arithmetic_v<T>;

inline void* gc_alloc(size_t n) {
  void* p = GC_MALLOC(n);
  if (p == nullptr) raise_memory_error();
  return p;
}

inline void* gc_alloc_atomic(size_t n) {
  void* p = GC_MALLOC_ATOMIC(n);
  if (p == nullptr) raise_memory_error();
  return p;
}

// `bytes` bytes (at least scanned_words words, scanned_words <= 8) of which
// only the first scanned_words words may point into the heap.
void* gc_alloc_prefix_scanned(size_t bytes, size_t scanned_words);

template <class T, class... A>
T* gc_new(A&&... args) {
  return new (gc_alloc(sizeof(T))) T(std::forward<A>(args)...);
}

// Uninitialised storage for n values of T (zeroed when T holds pointers).
template <class T>
T* gc_array(int64_t n) {
  size_t bytes = sizeof(T) * static_cast<size_t>(n > 0 ? n : 1);
  return static_cast<T*>(kPointerFree<T> ? gc_alloc_atomic(bytes) : gc_alloc(bytes));
}

}  // namespace krait::rt
