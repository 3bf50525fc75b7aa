#include "runtime/binascii_module.h"

#include <zlib.h>

#include <string>

namespace krait::rt {
namespace {

constexpr char kBase64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

[[noreturn]] void raise_binascii_error(const std::string& message) {
  raise(gc_new<binascii::Error>(Str(message)));
}

// A str argument of a decoder: its bytes, if all are ASCII.
std::string_view ascii_bytes(Str text) {
  if (!text.is_ascii()) raise_value_error("string argument should contain only ASCII characters");
  return text.view();
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

Bytes* hex_encode(std::string_view data, const char* digits) {
  Bytes* out = Bytes::make(static_cast<int64_t>(data.size()) * 2);
  for (size_t i = 0; i < data.size(); ++i) {
    auto b = static_cast<unsigned char>(data[i]);
    out->data[2 * i] = digits[b >> 4];
    out->data[2 * i + 1] = digits[b & 15];
  }
  return out;
}

std::string base64_encode(std::string_view data) {
  std::string out;
  out.reserve((data.size() + 2) / 3 * 4);
  size_t i = 0;
  for (; i + 2 < data.size(); i += 3) {
    uint32_t v = (static_cast<unsigned char>(data[i]) << 16) |
                 (static_cast<unsigned char>(data[i + 1]) << 8) |
                 static_cast<unsigned char>(data[i + 2]);
    for (int shift : {18, 12, 6, 0}) out += kBase64[(v >> shift) & 63];
  }
  if (i < data.size()) {
    uint32_t v = static_cast<unsigned char>(data[i]) << 16;
    if (i + 1 < data.size()) v |= static_cast<unsigned char>(data[i + 1]) << 8;
    out += kBase64[(v >> 18) & 63];
    out += kBase64[(v >> 12) & 63];
    out += i + 1 < data.size() ? kBase64[(v >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

// CPython's binascii.a2b_base64 without strict mode: characters outside
// the alphabet are skipped; a pad sequence ends the input.
Bytes* base64_decode(std::string_view text) {
  std::string out;
  int quad_pos = 0, pads = 0;
  unsigned left = 0;
  for (char c : text) {
    if (c == '=') {
      if (quad_pos >= 2 && quad_pos + ++pads >= 4) return Bytes::of(out);
      continue;
    }
    const char* found = c == 0 ? nullptr : std::char_traits<char>::find(kBase64, 64, c);
    if (found == nullptr) continue;
    auto v = static_cast<unsigned>(found - kBase64);
    pads = 0;
    switch (quad_pos) {
      case 0:
        left = v;
        break;
      case 1:
        out += static_cast<char>((left << 2) | (v >> 4));
        left = v & 0x0f;
        break;
      case 2:
        out += static_cast<char>((left << 4) | (v >> 2));
        left = v & 0x03;
        break;
      default:
        out += static_cast<char>((left << 6) | v);
        left = 0;
    }
    quad_pos = (quad_pos + 1) % 4;
  }
  if (quad_pos == 1)
    raise_binascii_error("Invalid base64-encoded string: number of data characters (" +
                         std::to_string(out.size() / 3 * 4 + 1) +
                         ") cannot be 1 more than a multiple of 4");
  if (quad_pos != 0) raise_binascii_error("Incorrect padding");
  return Bytes::of(out);
}

// Replaces each `from[i]` by `to[i]` (the urlsafe alphabet).
std::string translate(std::string_view s, const char* from, const char* to) {
  std::string out(s);
  for (char& c : out) {
    if (c == from[0])
      c = to[0];
    else if (c == from[1])
      c = to[1];
  }
  return out;
}

}  // namespace

namespace binascii {

Bytes* hexlify(std::string_view data) {
  return hex_encode(data, "0123456789abcdef");
}
Bytes* b2a_hex(std::string_view data) {
  return hexlify(data);
}

Bytes* unhexlify(std::string_view hex) {
  if (hex.size() % 2 != 0) raise_binascii_error("Odd-length string");
  Bytes* out = Bytes::make(static_cast<int64_t>(hex.size() / 2));
  for (size_t i = 0; i < hex.size(); i += 2) {
    int hi = hex_value(hex[i]), lo = hex_value(hex[i + 1]);
    if (hi < 0 || lo < 0) raise_binascii_error("Non-hexadecimal digit found");
    out->data[i / 2] = static_cast<char>(hi * 16 + lo);
  }
  return out;
}
Bytes* unhexlify(Str hex) {
  return unhexlify(ascii_bytes(hex));
}
Bytes* a2b_hex(std::string_view hex) {
  return unhexlify(hex);
}
Bytes* a2b_hex(Str hex) {
  return unhexlify(hex);
}

int64_t crc32(std::string_view data, int64_t value) {
  uLong crc = static_cast<uint32_t>(value);
  crc = ::crc32(crc, reinterpret_cast<const Bytef*>(data.data()), static_cast<uInt>(data.size()));
  return static_cast<int64_t>(crc & 0xffffffffu);
}

Bytes* b2a_base64(std::string_view data) {
  return Bytes::of(base64_encode(data) + "\n");
}
Bytes* a2b_base64(std::string_view text) {
  return base64_decode(text);
}
Bytes* a2b_base64(Str text) {
  return base64_decode(ascii_bytes(text));
}

}  // namespace binascii

namespace base64 {

Bytes* b64encode(std::string_view data) {
  return Bytes::of(base64_encode(data));
}
Bytes* b64decode(std::string_view text) {
  return base64_decode(text);
}
Bytes* b64decode(Str text) {
  return base64_decode(ascii_bytes(text));
}
Bytes* standard_b64encode(std::string_view data) {
  return b64encode(data);
}
Bytes* standard_b64decode(std::string_view text) {
  return b64decode(text);
}
Bytes* standard_b64decode(Str text) {
  return b64decode(text);
}
Bytes* urlsafe_b64encode(std::string_view data) {
  return Bytes::of(translate(base64_encode(data), "+/", "-_"));
}
Bytes* urlsafe_b64decode(std::string_view text) {
  return base64_decode(translate(text, "-_", "+/"));
}
Bytes* urlsafe_b64decode(Str text) {
  return urlsafe_b64decode(ascii_bytes(text));
}
Bytes* b16encode(std::string_view data) {
  return hex_encode(data, "0123456789ABCDEF");
}
Bytes* b16decode(std::string_view text) {
  for (char c : text)
    if (hex_value(c) < 0 || (c >= 'a' && c <= 'f')) raise_binascii_error("Non-base16 digit found");
  return binascii::unhexlify(text);
}
Bytes* b16decode(Str text) {
  return b16decode(ascii_bytes(text));
}

}  // namespace base64
}  // namespace krait::rt
