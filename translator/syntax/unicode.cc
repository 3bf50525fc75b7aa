#include "translator/syntax/unicode.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace krait::syntax {

DecodedChar decode_utf8_char(std::string_view text, size_t pos, bool allow_surrogates) {
  auto byte = [&](size_t i) -> unsigned { return static_cast<unsigned char>(text[i]); };
  unsigned b0 = byte(pos);
  if (b0 < 0x80) return {b0, 1};
  int length;
  char32_t cp;
  char32_t min;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    length = 2, cp = b0 & 0x1F, min = 0x80;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    length = 3, cp = b0 & 0x0F, min = 0x800;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    length = 4, cp = b0 & 0x07, min = 0x10000;
  } else {
    return {};
  }
  if (pos + length > text.size()) return {};
  for (int i = 1; i < length; ++i) {
    unsigned b = byte(pos + i);
    if ((b & 0xC0) != 0x80) return {};
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF) return {};
  if (cp >= 0xD800 && cp <= 0xDFFF && !allow_surrogates) return {};
  return {cp, length};
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

const char* utf8_error_reason(std::string_view text, size_t pos) {
  unsigned b0 = static_cast<unsigned char>(text[pos]);
  int length = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : 2;
  if (b0 < 0xC2 || b0 > 0xF4) return "invalid start byte";
  for (int i = 1; i < length; ++i) {
    if (pos + i >= text.size()) return "unexpected end of data";
    if ((static_cast<unsigned char>(text[pos + i]) & 0xC0) != 0x80) {
      return "invalid continuation byte";
    }
  }
  return "invalid continuation byte";
}

bool is_identifier_start(char32_t c) {
  return c == '_' || u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_XID_START);
}

bool is_identifier_continue(char32_t c) {
  return u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_XID_CONTINUE);
}

bool is_printable(char32_t c) {
  if (c == ' ') return true;
  switch (u_charType(static_cast<UChar32>(c))) {
    case U_CONTROL_CHAR:
    case U_FORMAT_CHAR:
    case U_SURROGATE:
    case U_PRIVATE_USE_CHAR:
    case U_UNASSIGNED:
    case U_LINE_SEPARATOR:
    case U_PARAGRAPH_SEPARATOR:
    case U_SPACE_SEPARATOR:
      return false;
    default:
      return true;
  }
}

std::optional<std::string> replace_invalid_utf8(std::string_view text) {
  std::optional<std::string> out;
  for (size_t i = 0; i < text.size();) {
    DecodedChar ch = decode_utf8_char(text, i);
    if (ch.length == 0 && !out) out.emplace(text.substr(0, i));
    if (out) out->append(ch.length == 0 ? "\xEF\xBF\xBD" : text.substr(i, ch.length));
    i += ch.length == 0 ? 1 : ch.length;
  }
  return out;
}

std::string nfkc_normalize(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* normalizer = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) return std::string(text);
  icu::UnicodeString input = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  icu::UnicodeString output = normalizer->normalize(input, status);
  if (U_FAILURE(status)) return std::string(text);
  std::string result;
  output.toUTF8String(result);
  return result;
}

}  // namespace krait::syntax
