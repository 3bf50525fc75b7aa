// Character properties through ICU (libicuuc), with ASCII fast paths.
#include "runtime/unicode.h"

#include <unicode/uchar.h>
#include <unicode/ustring.h>

#include <string>

#include "runtime/str.h"

namespace krait::rt {

namespace {

bool ascii_lower(uint32_t c) {
  return c >= 'a' && c <= 'z';
}
bool ascii_upper(uint32_t c) {
  return c >= 'A' && c <= 'Z';
}

UNumericType numeric_type(uint32_t cp) {
  return static_cast<UNumericType>(
      u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_NUMERIC_TYPE));
}

// Applies an ICU full case mapping to one code point (no context).
template <class Fn>
void map_full(uint32_t cp, StrBuilder& out, Fn fn) {
  UChar src[2];
  int32_t n = 0;
  U16_APPEND_UNSAFE(src, n, static_cast<UChar32>(cp));
  UChar dst[8];
  UErrorCode err = U_ZERO_ERROR;
  int32_t m = fn(dst, 8, src, n, "", &err);
  if (U_FAILURE(err)) {
    out.append_codepoint(cp);
    return;
  }
  for (int32_t i = 0; i < m;) {
    UChar32 c;
    U16_NEXT(dst, i, m, c);
    out.append_codepoint(static_cast<uint32_t>(c));
  }
}

}  // namespace

bool is_space(uint32_t cp) {
  if (cp < 128) return (cp >= 9 && cp <= 13) || (cp >= 0x1C && cp <= 0x20);
  auto c = static_cast<UChar32>(cp);
  UCharDirection d = u_charDirection(c);
  return u_charType(c) == U_SPACE_SEPARATOR || d == U_WHITE_SPACE_NEUTRAL ||
         d == U_BLOCK_SEPARATOR || d == U_SEGMENT_SEPARATOR;
}

bool is_printable(uint32_t cp) {
  if (cp < 128) return cp >= 0x20 && cp < 0x7F;
  switch (u_charType(static_cast<UChar32>(cp))) {
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

bool is_alpha(uint32_t cp) {
  if (cp < 128) return ascii_lower(cp) || ascii_upper(cp);
  switch (u_charType(static_cast<UChar32>(cp))) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
      return true;
    default:
      return false;
  }
}

bool is_decimal(uint32_t cp) {
  if (cp < 128) return cp >= '0' && cp <= '9';
  return numeric_type(cp) == U_NT_DECIMAL;
}

bool is_digit(uint32_t cp) {
  if (cp < 128) return cp >= '0' && cp <= '9';
  UNumericType t = numeric_type(cp);
  return t == U_NT_DECIMAL || t == U_NT_DIGIT;
}

bool is_numeric(uint32_t cp) {
  if (cp < 128) return cp >= '0' && cp <= '9';
  return numeric_type(cp) != U_NT_NONE;
}

bool is_upper(uint32_t cp) {
  if (cp < 128) return ascii_upper(cp);
  return u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_UPPERCASE);
}

bool is_lower(uint32_t cp) {
  if (cp < 128) return ascii_lower(cp);
  return u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_LOWERCASE);
}

bool is_title(uint32_t cp) {
  return cp >= 128 && u_charType(static_cast<UChar32>(cp)) == U_TITLECASE_LETTER;
}

bool is_cased(uint32_t cp) {
  if (cp < 128) return ascii_lower(cp) || ascii_upper(cp);
  return u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_CASED);
}

void to_upper_full(uint32_t cp, StrBuilder& out) {
  if (cp < 128) {
    out.push(static_cast<char>(ascii_lower(cp) ? cp - 32 : cp));
    return;
  }
  map_full(cp, out, u_strToUpper);
}

void to_lower_full(uint32_t cp, StrBuilder& out) {
  if (cp < 128) {
    out.push(static_cast<char>(ascii_upper(cp) ? cp + 32 : cp));
    return;
  }
  map_full(cp, out, u_strToLower);
}

uint32_t to_title_simple(uint32_t cp) {
  if (cp < 128) return ascii_lower(cp) ? cp - 32 : cp;
  return static_cast<uint32_t>(u_totitle(static_cast<UChar32>(cp)));
}

}  // namespace krait::rt

namespace krait::rt {

namespace {

using CaseFn = int32_t (*)(UChar*, int32_t, const UChar*, int32_t, const char*, UErrorCode*);

Str map_whole(Str s, CaseFn fn) {
  std::u16string src;
  for (const char* p = s.data(); p < s.data() + s.nbytes();) {
    auto c = static_cast<UChar32>(utf8_decode(p));
    if (c < 0x10000) {
      src.push_back(static_cast<char16_t>(c));
    } else {
      src.push_back(static_cast<char16_t>(U16_LEAD(c)));
      src.push_back(static_cast<char16_t>(U16_TRAIL(c)));
    }
  }
  std::u16string dst(src.size() * 3 + 4, u'\0');
  UErrorCode err = U_ZERO_ERROR;
  auto n = static_cast<int32_t>(src.size());
  int32_t m = fn(reinterpret_cast<UChar*>(dst.data()), static_cast<int32_t>(dst.size()),
                 reinterpret_cast<const UChar*>(src.data()), n, "", &err);
  StrBuilder out(m);
  for (int32_t i = 0; i < m;) {
    UChar32 c;
    U16_NEXT(dst.data(), i, m, c);
    out.append_codepoint(static_cast<uint32_t>(c));
  }
  return out.finish();
}

}  // namespace

Str upper_full(Str s) {
  return map_whole(s, u_strToUpper);
}
Str lower_full(Str s) {
  return map_whole(s, u_strToLower);
}

}  // namespace krait::rt
