// Python `str`: an immutable sequence of Unicode code points.
//
// `Str` is a one-pointer value handle to a GC-allocated, pointer-free
// `StrObj` holding UTF-8 bytes, the byte length, the code-point length and a
// cached hash. A null handle is None (`Str()` / `Str::none()`); operations on
// it other than `is_none()` and `==` are undefined (the annotator only allows
// them after a None check). Indices and lengths are in code points, as in
// Python; ASCII strings (the common case) index in O(1), others walk the
// UTF-8 bytes. Comparison is code-point order (= UTF-8 byte order). Single
// ASCII characters are interned, so indexing and iterating ASCII text does not
// allocate. `StrBuilder` appends pieces into one growing buffer and hands the
// result over without copying; use it for f-strings and joins.
//
// Methods of `str` (split, strip, find, ...) are free functions `str_<name>`
// in str_methods.h; `repr` of a string is `str_repr` in str_repr.h.
#pragma once

#include <compare>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "runtime/gc.h"
#include "runtime/slice.h"
#include "runtime/utf8.h"

namespace krait::rt {

struct StrObj {
  int64_t nbytes;
  int64_t ncp;
  int64_t hash;  // -1 until computed
  char data[];   // nbytes bytes, then a NUL
};

class Str {
 public:
  Str() = default;
  Str(const char* utf8) : Str(std::string_view(utf8)) {}  // NOLINT: literals convert
  explicit Str(std::string_view utf8);
  static Str none() { return Str(); }
  static Str from_obj(StrObj* o) {
    Str s;
    s.p_ = o;
    return s;
  }
  // One code point; ASCII ones come from a table and never allocate.
  static Str from_codepoint(uint32_t cp);

  bool is_none() const { return p_ == nullptr; }
  const char* data() const { return p_->data; }
  int64_t nbytes() const { return p_->nbytes; }
  int64_t len() const { return p_->ncp; }
  bool is_ascii() const { return p_->nbytes == p_->ncp; }
  std::string_view view() const { return {p_->data, static_cast<size_t>(p_->nbytes)}; }
  StrObj* obj() const { return p_; }

  // s[i] with Python's negative indices; IndexError "string index out of range".
  Str operator[](int64_t i) const;
  // Code point at index i, which must be in range (0 <= i < len()).
  uint32_t codepoint_at(int64_t i) const;
  // Byte offset of code point i (0 <= i <= len()).
  int64_t byte_offset(int64_t cp_index) const;

  class Iterator {
   public:
    Iterator() = default;
    explicit Iterator(const char* p) : p_(p) {}
    Str operator*() const {
      const char* q = p_;
      return from_codepoint(utf8_decode(q));
    }
    Iterator& operator++() {
      p_ += utf8_seq_len(static_cast<unsigned char>(*p_));
      return *this;
    }
    bool operator!=(const Iterator& o) const { return p_ != o.p_; }

   private:
    const char* p_ = nullptr;
  };
  Iterator begin() const { return Iterator(data()); }
  Iterator end() const { return Iterator(data() + nbytes()); }

 private:
  StrObj* p_ = nullptr;
};

// Equality: two None handles are equal; None never equals a string.
inline bool operator==(Str a, Str b) {
  if (a.obj() == b.obj()) return true;
  if (a.is_none() || b.is_none()) return false;
  return a.nbytes() == b.nbytes() && std::memcmp(a.data(), b.data(), a.nbytes()) == 0;
}
inline std::strong_ordering operator<=>(Str a, Str b) {
  return a.view() <=> b.view();
}

Str operator+(Str a, Str b);
Str str_repeat(Str s, int64_t n);  // s * n; n <= 0 gives ''
Str str_slice(Str s, const Slice& sl);
bool str_contains(Str haystack, Str needle);  // needle in haystack
inline bool truthy(Str s) {
  return !s.is_none() && s.nbytes() != 0;
}

// Appends UTF-8 pieces into one GC buffer; finish() returns the Str.
class StrBuilder {
 public:
  StrBuilder() : StrBuilder(32) {}
  explicit StrBuilder(int64_t reserve);
  void append(std::string_view bytes) {
    reserve_more(static_cast<int64_t>(bytes.size()));
    std::memcpy(obj_->data + len_, bytes.data(), bytes.size());
    len_ += static_cast<int64_t>(bytes.size());
  }
  void append(Str s) { append(s.view()); }
  void append(const char* s) { append(std::string_view(s)); }
  void push(char c) {
    reserve_more(1);
    obj_->data[len_++] = c;
  }
  void append_codepoint(uint32_t cp) {
    reserve_more(4);
    len_ += utf8_encode(cp, obj_->data + len_);
  }
  void append_repeated(char c, int64_t n) {
    if (n <= 0) return;
    reserve_more(n);
    std::memset(obj_->data + len_, c, static_cast<size_t>(n));
    len_ += n;
  }
  int64_t size() const { return len_; }
  std::string_view view() const {
    return obj_ ? std::string_view(obj_->data, static_cast<size_t>(len_)) : std::string_view();
  }
  // Makes room for n more bytes and returns where they go; commit(n) after.
  char* reserve_more(int64_t n) {
    if (len_ + n + 1 > cap_) grow(len_ + n + 1);
    return obj_->data + len_;
  }
  void commit(int64_t n) { len_ += n; }
  Str finish();  // the builder is empty afterwards

 private:
  void grow(int64_t need);
  StrObj* obj_;
  int64_t cap_;
  int64_t len_ = 0;
};

// Number of code points in valid UTF-8 bytes.
int64_t utf8_count(const char* p, int64_t n);

}  // namespace krait::rt
