// UTF-8 encoding and decoding of single code points.
//
// Strings in the runtime are always valid UTF-8 (they come from source
// literals, from other strings, from `chr`, or from decoded input), so the
// decoder does not validate: it reads the lead byte's length and assembles the
// code point. `utf8_encode` writes 1 to 4 bytes and returns how many.
#pragma once

#include <cstdint>
#include <string_view>

namespace krait::rt {

inline int utf8_seq_len(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead < 0xE0) return 2;
  if (lead < 0xF0) return 3;
  return 4;
}

// Decodes the code point at p and advances p past it.
inline uint32_t utf8_decode(const char*& p) {
  auto c = static_cast<unsigned char>(*p);
  int n = utf8_seq_len(c);
  uint32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
  for (int i = 1; i < n; ++i) cp = (cp << 6) | (static_cast<unsigned char>(p[i]) & 0x3F);
  p += n;
  return cp;
}

inline int utf8_encode(uint32_t cp, char* out) {
  if (cp < 0x80) {
    out[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

}  // namespace krait::rt

namespace krait::rt {

// True when bytes are well-formed UTF-8 (no overlongs, surrogates or > U+10FFFF).
bool utf8_valid(std::string_view bytes);

}  // namespace krait::rt
