// The string_view cores of the bytes methods, UTF-8 decoding with
// CPython's errors, hex/fromhex and int.to_bytes/from_bytes
// (bytes_methods.h).
#include "runtime/bytes_methods.h"

#include <string>

namespace krait::rt {

void raise_subsequence_not_found() {
  raise_value_error("subsection not found");
}

int64_t bytes_count_view(std::string_view s, std::string_view sub) {
  if (sub.empty()) return static_cast<int64_t>(s.size()) + 1;
  int64_t n = 0;
  for (size_t at = s.find(sub); at != std::string_view::npos; at = s.find(sub, at + sub.size()))
    ++n;
  return n;
}

int64_t bytes_find_view(std::string_view s, std::string_view sub) {
  size_t at = s.find(sub);
  return at == std::string_view::npos ? -1 : static_cast<int64_t>(at);
}

std::string bytes_strip_view(std::string_view s, std::string_view chars, bool left, bool right) {
  size_t lo = 0, hi = s.size();
  while (left && lo < hi && chars.find(s[lo]) != std::string_view::npos) ++lo;
  while (right && hi > lo && chars.find(s[hi - 1]) != std::string_view::npos) --hi;
  return std::string(s.substr(lo, hi - lo));
}

std::string bytes_replace_view(std::string_view s, std::string_view old, std::string_view with,
                               int64_t count) {
  std::string out;
  if (old.empty()) {  // with goes before every byte and at the end
    int64_t n = 0;
    for (size_t i = 0; i <= s.size(); ++i) {
      if (count < 0 || n < count) {
        out += with;
        ++n;
      }
      if (i < s.size()) out += s[i];
    }
    return out;
  }
  size_t from = 0;
  for (int64_t n = 0; count < 0 || n < count; ++n) {
    size_t at = s.find(old, from);
    if (at == std::string_view::npos) break;
    out += s.substr(from, at - from);
    out += with;
    from = at + old.size();
  }
  out += s.substr(from);
  return out;
}

std::string bytes_case_view(std::string_view s, bool upper) {
  std::string out(s);
  for (char& c : out) {
    if (upper && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (!upper && c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::vector<std::string_view> bytes_split_view(std::string_view s, const std::string_view* sep,
                                               int64_t maxsplit) {
  std::vector<std::string_view> out;
  if (sep != nullptr) {
    if (sep->empty()) raise_value_error("empty separator");
    size_t from = 0;
    for (int64_t n = 0; maxsplit < 0 || n < maxsplit; ++n) {
      size_t at = s.find(*sep, from);
      if (at == std::string_view::npos) break;
      out.push_back(s.substr(from, at - from));
      from = at + sep->size();
    }
    out.push_back(s.substr(from));
    return out;
  }
  auto space = [](char c) { return kBytesWhitespace.find(c) != std::string_view::npos; };
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && space(s[i])) ++i;
    if (i == s.size()) break;
    if (maxsplit >= 0 && static_cast<int64_t>(out.size()) == maxsplit) {
      size_t end = s.size();
      while (end > i && space(s[end - 1])) --end;
      out.push_back(s.substr(i, end - i));
      break;
    }
    size_t start = i;
    while (i < s.size() && !space(s[i])) ++i;
    out.push_back(s.substr(start, i - start));
  }
  return out;
}

Str bytes_hex_view(std::string_view s) {
  static const char kHex[] = "0123456789abcdef";
  StrBuilder out(static_cast<int64_t>(s.size()) * 2 + 1);
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    out.push(kHex[c >> 4]);
    out.push(kHex[c & 15]);
  }
  return out.finish();
}

namespace {

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

[[noreturn]] void raise_fromhex(size_t position) {
  std::string m =
      "non-hexadecimal number found in fromhex() arg at position " + std::to_string(position);
  raise_value_error(Str(m));
}

// The length of the valid UTF-8 sequence at s[i], or 0 with *bad set to
// the number of bytes CPython reports and *reason to its reason.
int utf8_sequence(std::string_view s, size_t i, size_t* bad, const char** reason) {
  auto at = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = at(i);
  if (c < 0x80) return 1;
  int n = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
  *bad = 1;
  if (n == 0) {
    *reason = "invalid start byte";
    return 0;
  }
  // The second byte's range depends on the first (no overlongs, surrogates
  // or code points past U+10FFFF); the others are 0x80..0xBF.
  unsigned char lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
  unsigned char hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
  for (int k = 1; k < n; ++k) {
    if (i + k >= s.size()) {
      *bad = s.size() - i;
      *reason = "unexpected end of data";
      return 0;
    }
    unsigned char d = at(i + k);
    bool ok = k == 1 ? d >= lo && d <= hi : d >= 0x80 && d <= 0xBF;
    if (!ok) {
      *bad = static_cast<size_t>(k);
      *reason = "invalid continuation byte";
      return 0;
    }
  }
  return n;
}

[[noreturn]] void raise_decode_error(std::string_view s, size_t start, size_t n,
                                     const char* reason) {
  char buf[160];
  if (n == 1) {
    std::snprintf(buf, sizeof buf, "'utf-8' codec can't decode byte 0x%02x in position %zu: %s",
                  static_cast<unsigned char>(s[start]), start, reason);
  } else {
    std::snprintf(buf, sizeof buf, "'utf-8' codec can't decode bytes in position %zu-%zu: %s",
                  start, start + n - 1, reason);
  }
  raise(gc_new<UnicodeDecodeError>(Str(buf)));
}

}  // namespace

Str bytes_decode_view(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    size_t bad = 0;
    const char* reason = nullptr;
    int n = utf8_sequence(s, i, &bad, &reason);
    if (n == 0) raise_decode_error(s, i, bad, reason);
    i += static_cast<size_t>(n);
  }
  return Str(s);
}

Bytes* bytes_fromhex(Str s) {
  std::string_view v = s.view();
  std::string out;
  size_t i = 0;
  auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
  while (true) {
    while (i < v.size() && space(v[i])) ++i;
    if (i >= v.size()) break;
    int hi = hex_digit(v[i]);
    if (hi < 0) raise_fromhex(i);
    int lo = i + 1 < v.size() ? hex_digit(v[i + 1]) : -1;
    if (lo < 0) raise_fromhex(i + 1);
    out.push_back(static_cast<char>(hi * 16 + lo));
    i += 2;
  }
  return Bytes::of(out);
}

namespace {

bool big_endian(Str byteorder) {
  if (byteorder.view() == "big") return true;
  if (byteorder.view() == "little") return false;
  raise_value_error("byteorder must be either 'little' or 'big'");
}

}  // namespace

Bytes* int_to_bytes(int64_t v, int64_t length, Str byteorder) {
  bool big = big_endian(byteorder);
  if (length < 0) raise_value_error("length argument must be non-negative");
  if (v < 0) raise_overflow_error("can't convert negative int to unsigned");
  Bytes* out = Bytes::make(length);
  auto u = static_cast<uint64_t>(v);
  for (int64_t k = 0; k < length && u != 0; ++k) {
    out->data[big ? length - 1 - k : k] = static_cast<char>(u & 0xFF);
    u >>= 8;
  }
  if (u != 0) raise_overflow_error("int too big to convert");
  return out;
}

int64_t int_from_bytes_view(std::string_view s, Str byteorder) {
  bool big = big_endian(byteorder);
  uint64_t u = 0;
  for (size_t k = 0; k < s.size(); ++k) {
    auto c = static_cast<unsigned char>(s[big ? k : s.size() - 1 - k]);
    if (u >> 55 != 0) raise_overflow_error("integer overflow");
    u = (u << 8) | c;
  }
  if (u > static_cast<uint64_t>(INT64_MAX)) raise_overflow_error("integer overflow");
  return static_cast<int64_t>(u);
}

}  // namespace krait::rt
