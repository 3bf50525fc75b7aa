// hash() with CPython 3.11's exact algorithms.
//
// ints reduce modulo the Mersenne prime 2**61-1 keeping the sign
// (hash(-1) == -2); floats hash equal to the int they equal (frexp-based
// reduction), +-inf to +-314159; bools as 0/1; str with SipHash-1-3 over the
// code points in CPython's canonical width (1, 2 or 4 bytes each), keyed as
// CPython is with PYTHONHASHSEED=0, so set and dict layouts match CPython
// run that way; tuples with 3.11's xxHash-style combiner (`TupleHasher`);
// instances by address, rotated as `_Py_HashPointer` does. NaN hashes to 0
// (CPython 3.11 uses the object's address, which no program can rely on).
// `hash_of(x)` is the overload set that containers call; tuple.h adds tuples.
#pragma once

#include <cstdint>

#include "runtime/object.h"
#include "runtime/str.h"

namespace krait::rt {

inline constexpr uint64_t kHashModulus = (uint64_t{1} << 61) - 1;

inline int64_t hash_int(int64_t v) {
  if (v >= 0) return static_cast<int64_t>(static_cast<uint64_t>(v) % kHashModulus);
  uint64_t mag = 0 - static_cast<uint64_t>(v);
  auto h = -static_cast<int64_t>(mag % kHashModulus);
  return h == -1 ? -2 : h;
}
int64_t hash_float(double v);
int64_t hash_str_uncached(Str s);
inline int64_t hash_str(Str s) {
  StrObj* o = s.obj();
  if (o->hash == -1) o->hash = hash_str_uncached(s);
  return o->hash;
}
int64_t hash_pointer(const void* p);
// SipHash-1-3 with CPython's output mapping (0 for empty, -1 becomes -2).
int64_t hash_bytes(const void* data, int64_t n);

inline int64_t hash_of(int64_t v) {
  return hash_int(v);
}
inline int64_t hash_of(int v) {
  return hash_int(v);
}
inline int64_t hash_of(bool v) {
  return v ? 1 : 0;
}
inline int64_t hash_of(double v) {
  return hash_float(v);
}
inline int64_t hash_of(Str s) {
  return s.is_none() ? hash_pointer(nullptr) : hash_str(s);
}
inline int64_t hash_of(const Object* p) {
  return p == nullptr ? hash_pointer(p) : const_cast<Object*>(p)->hash_hook();
}

// tuplehash of CPython 3.11: add(hash(item)) for each item, then finish(len).
class TupleHasher {
 public:
  void add(int64_t lane) {
    acc_ += static_cast<uint64_t>(lane) * kPrime2;
    acc_ = (acc_ << 31) | (acc_ >> 33);
    acc_ *= kPrime1;
  }
  int64_t finish(int64_t len) {
    acc_ += static_cast<uint64_t>(len) ^ (kPrime5 ^ 3527539UL);
    if (acc_ == UINT64_MAX) return 1546275796;
    return static_cast<int64_t>(acc_);
  }

 private:
  static constexpr uint64_t kPrime1 = 11400714785074694791ULL;
  static constexpr uint64_t kPrime2 = 14029467366897019727ULL;
  static constexpr uint64_t kPrime5 = 2870177450012600261ULL;
  uint64_t acc_ = kPrime5;
};

}  // namespace krait::rt
