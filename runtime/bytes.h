// Python `bytes` and `bytearray`: sequences of small ints (0..255).
//
// Contract. `Bytes*` is an immutable, GC-allocated, pointer-free block (the
// length, a cached hash and the bytes); `ByteArray*` a growable buffer,
// shared by reference like a list. A null pointer is None. Both are
// "byte sequences" (`ByteSeq`): indexing gives an int (negative indices count
// from the end; IndexError "index out of range" / "bytearray index out of
// range"), iteration gives ints, slicing and `*` give the receiver's type,
// `+` the left operand's type, `==` and `<` compare bytes lexicographically
// across both types, `x in b` takes an int (ValueError "byte must be in
// range(0, 256)") or a byte sequence. A byte stored into a bytearray is
// checked as CPython checks it (ValueError "byte must be in range(0, 256)").
// Hashes are CPython's (`hash_bytes`, SipHash-1-3 as for str); a bytearray has
// none (the annotator rejects it as a dict key or set item). repr and str
// are CPython's (`b'\x00a'`, `bytearray(b'a')`). The methods are in
// bytes_methods.h.
#pragma once

#include <concepts>
#include <cstdint>
#include <string_view>

#include "runtime/exceptions.h"
#include "runtime/gc.h"
#include "runtime/hash.h"
#include "runtime/slice.h"
#include "runtime/str.h"

namespace krait::rt {

[[noreturn]] void raise_byte_range();  // ValueError: byte must be in range(0, 256)

inline uint8_t checked_byte(int64_t v) {
  if (static_cast<uint64_t>(v) > 255) raise_byte_range();
  return static_cast<uint8_t>(v);
}

struct Bytes {
  int64_t len;
  int64_t hash;  // -1 until computed
  char data[];

  // n zero bytes.
  static Bytes* make(int64_t n);
  static Bytes* of(std::string_view bytes);
  int64_t size() const { return len; }
  std::string_view view() const { return {data, static_cast<size_t>(len)}; }
  int64_t get(int64_t i) const {
    if (i < 0) i += len;
    if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(len))
      raise_index_error("index out of range");
    return static_cast<uint8_t>(data[i]);
  }
};

struct ByteArray {
  int64_t len = 0;
  int64_t cap = 0;
  char* data = nullptr;

  static ByteArray* make(int64_t n);  // n zero bytes
  static ByteArray* of(std::string_view bytes);
  int64_t size() const { return len; }
  std::string_view view() const { return {data, static_cast<size_t>(len)}; }
  int64_t get(int64_t i) const { return static_cast<uint8_t>(data[index(i)]); }
  void set(int64_t i, int64_t v) {
    int64_t k = index(i);
    data[k] = static_cast<char>(checked_byte(v));
  }
  void append(int64_t v) {
    uint8_t b = checked_byte(v);
    if (len == cap) reserve(len + 1);
    data[len++] = static_cast<char>(b);
  }
  void extend(std::string_view bytes);
  int64_t pop();
  int64_t pop(int64_t i);
  void insert(int64_t i, int64_t v);
  void clear() { len = 0; }
  void reverse();
  void del_item(int64_t i) { replace(index(i), 1, {}); }
  void set_slice(const Slice& sl, std::string_view value);
  void del_slice(const Slice& sl);
  void reserve(int64_t n);

 private:
  int64_t index(int64_t i) const {
    if (i < 0) i += len;
    if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(len))
      raise_index_error("bytearray index out of range");
    return i;
  }
  // Replaces the n bytes at `at` by `with`.
  void replace(int64_t at, int64_t n, std::string_view with);
};

template <class B>
concept ByteSeq = std::same_as<B, Bytes> || std::same_as<B, ByteArray>;

// A new B holding `bytes`.
template <ByteSeq B>
B* make_bytes(std::string_view bytes) {
  return B::of(bytes);
}

// bytes(n) / bytearray(n): n zero bytes (ValueError "negative count").
template <ByteSeq B>
B* bytes_zeros(int64_t n) {
  if (n < 0) raise_value_error("negative count");
  return B::make(n);
}
// bytes(other) / bytearray(other) of a byte sequence: a copy.
template <ByteSeq B, ByteSeq S>
B* bytes_from(S* other) {
  return B::of(other->view());
}
// bytes(iterable of ints) (any iterable py_iter() takes): each checked
// (bytes says "bytes must be ...", bytearray "byte must be ...").
template <ByteSeq B, class Iterable>
B* bytes_from(const Iterable& items) {
  auto* out = ByteArray::make(0);
  auto it = py_iter(items);  // (found by argument-dependent lookup)
  int64_t v = 0;
  while (it.next(v)) {
    if (std::same_as<B, Bytes> && static_cast<uint64_t>(v) > 255)
      raise_value_error("bytes must be in range(0, 256)");
    out->append(v);
  }
  if constexpr (std::same_as<B, ByteArray>) {
    return out;
  } else {
    return Bytes::of(out->view());
  }
}

template <ByteSeq A, ByteSeq B>
A* bytes_concat(const A* a, const B* b) {
  auto* out = ByteArray::make(0);
  out->reserve(a->len + b->len);
  out->extend(a->view());
  out->extend(b->view());
  return make_bytes<A>(out->view());
}
// ba += other: extends ba in place.
template <ByteSeq B>
ByteArray* bytes_iadd(ByteArray* a, const B* b) {
  a->extend(b->view());
  return a;
}
std::string_view bytes_repeat_view(std::string_view s, int64_t n);  // a GC buffer
template <ByteSeq B>
B* bytes_repeat(const B* b, int64_t n) {
  return make_bytes<B>(bytes_repeat_view(b->view(), n));
}
std::string_view bytes_slice_view(std::string_view s, const Slice& sl);  // a GC buffer
template <ByteSeq B>
B* bytes_slice(const B* b, const Slice& sl) {
  return make_bytes<B>(bytes_slice_view(b->view(), sl));
}

template <ByteSeq B>
bool contains(const B* b, int64_t v) {
  return b->view().find(static_cast<char>(checked_byte(v))) != std::string_view::npos;
}
template <ByteSeq B, ByteSeq S>
bool contains(const B* b, const S* sub) {
  return b->view().find(sub->view()) != std::string_view::npos;
}

template <ByteSeq A, ByteSeq B>
bool py_eq(const A* a, const B* b) {
  if (a == nullptr || b == nullptr) return static_cast<const void*>(a) == b;
  return a->view() == b->view();
}
template <ByteSeq A, ByteSeq B>
bool py_lt(const A* a, const B* b) {
  return a->view() < b->view();
}
inline int64_t hash_of(const Bytes* b) {
  if (b == nullptr) return hash_pointer(nullptr);
  auto* m = const_cast<Bytes*>(b);
  if (m->hash == -1) m->hash = hash_bytes(b->data, b->len);
  return m->hash;
}
template <ByteSeq B>
bool truthy(const B* b) {
  return b != nullptr && b->len != 0;
}

// b'...' with CPython's quote choice and escapes.
void bytes_repr_to(StrBuilder& out, std::string_view bytes);
inline void repr_to(StrBuilder& out, const Bytes* b) {
  if (b == nullptr) {
    out.append("None");
    return;
  }
  bytes_repr_to(out, b->view());
}
inline void repr_to(StrBuilder& out, const ByteArray* b) {
  if (b == nullptr) {
    out.append("None");
    return;
  }
  out.append("bytearray(");
  bytes_repr_to(out, b->view());
  out.push(')');
}
template <ByteSeq B>
void str_to(StrBuilder& out, const B* b) {
  repr_to(out, b);
}
// format(b, spec): str(b) for an empty spec, TypeError otherwise.
[[noreturn]] void raise_unsupported_format(const char* type_name);
template <ByteSeq B>
Str format(const B* b, Str spec) {
  if (spec.nbytes() != 0) raise_unsupported_format(std::same_as<B, Bytes> ? "bytes" : "bytearray");
  StrBuilder out;
  repr_to(out, b);
  return out.finish();
}

// Iteration: ints; a bytearray's length is re-read at each step.
template <ByteSeq B>
struct BytesIter {
  using Item = int64_t;
  const B* b;
  int64_t i = 0;
  bool next(Item& out) {
    if (i >= b->len) return false;
    out = static_cast<uint8_t>(b->data[i++]);
    return true;
  }
};
template <ByteSeq B>
BytesIter<B> py_iter(B* b) {
  return {b};
}
template <ByteSeq B>
BytesIter<B> py_iter(const B* b) {
  return {b};
}

}  // namespace krait::rt
