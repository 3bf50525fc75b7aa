// Methods of bytes and bytearray as free functions (`b.find(x)` is
// `bytes_find(b, x)`), str.encode, bytes.decode, bytes.fromhex and
// int.to_bytes / int.from_bytes.
//
// Contract. Each template takes a byte sequence (`ByteSeq`, bytes.h) and
// returns a new one of the receiver's type where Python does (bytearray's
// upper() is a bytearray). A `sub` argument is a byte sequence or an int
// (0..255, else ValueError "byte must be in range(0, 256)"). Errors are
// CPython's: "subsection not found" (index), "empty separator" (split),
// UnicodeDecodeError "'utf-8' codec can't decode byte 0xff in position 0:
// invalid start byte" (decode, strict UTF-8 as CPython's decoder), "non-
// hexadecimal number found in fromhex() arg at position N", OverflowError
// "int too big to convert" / "can't convert negative int to unsigned"
// (to_bytes), ValueError "byteorder must be either 'little' or 'big'".
// Only UTF-8 is supported as an encoding (the annotator checks the name).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/bytes.h"
#include "runtime/list.h"

namespace krait::rt {

// The string_view cores, shared by bytes and bytearray.
int64_t bytes_count_view(std::string_view s, std::string_view sub);
int64_t bytes_find_view(std::string_view s, std::string_view sub);
[[noreturn]] void raise_subsequence_not_found();
std::string bytes_strip_view(std::string_view s, std::string_view chars, bool left, bool right);
std::string bytes_replace_view(std::string_view s, std::string_view old, std::string_view with,
                               int64_t count);
std::string bytes_case_view(std::string_view s, bool upper);
// Pieces of s split on sep, or on runs of ASCII whitespace when sep is null.
std::vector<std::string_view> bytes_split_view(std::string_view s, const std::string_view* sep,
                                               int64_t maxsplit);

// A byte sequence, or one byte given as an int.
template <ByteSeq S>
std::string_view sub_view(const S* s, char*) {
  return s->view();
}
inline std::string_view sub_view(int64_t byte, char* buffer) {
  *buffer = static_cast<char>(checked_byte(byte));
  return {buffer, 1};
}

template <ByteSeq B, class Sub>
int64_t bytes_count(const B* b, const Sub& sub) {
  char one;
  return bytes_count_view(b->view(), sub_view(sub, &one));
}
template <ByteSeq B, class Sub>
int64_t bytes_find(const B* b, const Sub& sub) {
  char one;
  return bytes_find_view(b->view(), sub_view(sub, &one));
}
template <ByteSeq B, class Sub>
int64_t bytes_index(const B* b, const Sub& sub) {
  int64_t i = bytes_find(b, sub);
  if (i < 0) raise_subsequence_not_found();
  return i;
}
template <ByteSeq B, ByteSeq S>
bool bytes_startswith(const B* b, const S* prefix) {
  return b->view().starts_with(prefix->view());
}
template <ByteSeq B, ByteSeq S>
bool bytes_endswith(const B* b, const S* suffix) {
  return b->view().ends_with(suffix->view());
}

template <ByteSeq B>
List<B*>* bytes_pieces(const std::vector<std::string_view>& pieces) {
  auto* out = List<B*>::with_capacity(static_cast<int64_t>(pieces.size()));
  for (std::string_view p : pieces) out->append(make_bytes<B>(p));
  return out;
}
template <ByteSeq B>
List<B*>* bytes_split(const B* b) {
  return bytes_pieces<B>(bytes_split_view(b->view(), nullptr, -1));
}
template <ByteSeq B, ByteSeq S>
List<B*>* bytes_split(const B* b, const S* sep, int64_t maxsplit = -1) {
  std::string_view s = sep->view();
  return bytes_pieces<B>(bytes_split_view(b->view(), &s, maxsplit));
}

// sep.join(iterable of byte sequences).
template <ByteSeq B, class Iterable>
B* bytes_join(const B* sep, const Iterable& items) {
  auto* out = ByteArray::make(0);
  auto it = py_iter(items);  // (found by argument-dependent lookup)
  typename decltype(it)::Item item{};
  if constexpr (!std::same_as<decltype(item), NoneType>) {  // (a list never filled: empty)
    for (bool first = true; it.next(item); first = false) {
      if (!first) out->extend(sep->view());
      out->extend(item->view());
    }
  }
  return make_bytes<B>(out->view());
}

inline constexpr std::string_view kBytesWhitespace = " \t\n\r\x0b\x0c";
template <ByteSeq B>
B* bytes_strip(const B* b) {
  return make_bytes<B>(bytes_strip_view(b->view(), kBytesWhitespace, true, true));
}
template <ByteSeq B, ByteSeq S>
B* bytes_strip(const B* b, const S* chars) {
  return make_bytes<B>(bytes_strip_view(b->view(), chars->view(), true, true));
}
template <ByteSeq B>
B* bytes_lstrip(const B* b) {
  return make_bytes<B>(bytes_strip_view(b->view(), kBytesWhitespace, true, false));
}
template <ByteSeq B, ByteSeq S>
B* bytes_lstrip(const B* b, const S* chars) {
  return make_bytes<B>(bytes_strip_view(b->view(), chars->view(), true, false));
}
template <ByteSeq B>
B* bytes_rstrip(const B* b) {
  return make_bytes<B>(bytes_strip_view(b->view(), kBytesWhitespace, false, true));
}
template <ByteSeq B, ByteSeq S>
B* bytes_rstrip(const B* b, const S* chars) {
  return make_bytes<B>(bytes_strip_view(b->view(), chars->view(), false, true));
}
template <ByteSeq B, ByteSeq O, ByteSeq N>
B* bytes_replace(const B* b, const O* old, const N* with, int64_t count = -1) {
  return make_bytes<B>(bytes_replace_view(b->view(), old->view(), with->view(), count));
}
template <ByteSeq B>
B* bytes_upper(const B* b) {
  return make_bytes<B>(bytes_case_view(b->view(), true));
}
template <ByteSeq B>
B* bytes_lower(const B* b) {
  return make_bytes<B>(bytes_case_view(b->view(), false));
}

Str bytes_hex_view(std::string_view s);
template <ByteSeq B>
Str bytes_hex(const B* b) {
  return bytes_hex_view(b->view());
}
Str bytes_decode_view(std::string_view s);
template <ByteSeq B>
Str bytes_decode(const B* b) {
  return bytes_decode_view(b->view());
}
Bytes* bytes_fromhex(Str s);
inline Bytes* str_encode(Str s) {
  return Bytes::of(s.view());
}

Bytes* int_to_bytes(int64_t v, int64_t length, Str byteorder);
int64_t int_from_bytes_view(std::string_view s, Str byteorder);
template <ByteSeq B>
int64_t int_from_bytes(const B* b, Str byteorder) {
  return int_from_bytes_view(b->view(), byteorder);
}

}  // namespace krait::rt
