#include "translator/syntax/literals.h"

#include <gmp.h>
#include <unicode/uchar.h>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "translator/syntax/unicode.h"

namespace krait::syntax {
namespace {

std::string without_underscores(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c != '_') out += c;
  }
  return out;
}

double read_double(const std::string& text) {
  // glibc's strtod rounds correctly and, unlike from_chars, returns inf and
  // 0 for out-of-range literals as Python does.
  return std::strtod(text.c_str(), nullptr);
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Python's repr-style formatting of a finite or infinite double;
// `add_dot_zero` appends ".0" to integral values in fixed notation.
std::string format_repr(double value, bool add_dot_zero) {
  if (std::isnan(value)) return "nan";
  if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
  char buf[64];
  auto result = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
  std::string_view sci(buf, result.ptr - buf);
  bool negative = sci[0] == '-';
  if (negative) sci.remove_prefix(1);
  size_t e = sci.find('e');
  std::string digits;
  for (char c : sci.substr(0, e)) {
    if (c != '.') digits += c;
  }
  int exponent = std::atoi(std::string(sci.substr(e + 1)).c_str());
  int decpt = exponent + 1;  // position of the decimal point after the first digit
  std::string out = negative ? "-" : "";
  if (decpt <= -4 || decpt > 16) {
    out += digits[0];
    if (digits.size() > 1) out += "." + digits.substr(1);
    char exp[32];
    std::snprintf(exp, sizeof exp, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
    return out + exp;
  }
  if (decpt <= 0) {
    return out + "0." + std::string(-decpt, '0') + digits;
  }
  if (static_cast<size_t>(decpt) >= digits.size()) {
    out += digits + std::string(decpt - digits.size(), '0');
    return add_dot_zero ? out + ".0" : out;
  }
  return out + digits.substr(0, decpt) + "." + digits.substr(decpt);
}

bool unicode_escape_error(std::string* error, size_t begin, size_t end, const char* what) {
  char message[256];
  std::snprintf(message, sizeof message,
                "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: %s",
                begin, end, what);
  *error = message;
  return false;
}

}  // namespace

ast::ConstantValue parse_number(std::string_view token_text, Arena& arena) {
  ast::ConstantValue value;
  std::string text = without_underscores(token_text);
  char last = text.back();
  bool radix = text.size() > 1 && text[0] == '0' &&
               (text[1] == 'x' || text[1] == 'X' || text[1] == 'o' || text[1] == 'O' ||
                text[1] == 'b' || text[1] == 'B');
  if (last == 'j' || last == 'J') {
    text.pop_back();
    value.kind = ast::ConstantValue::Kind::kComplex;
    value.number = read_double(text);
  } else if (!radix && text.find_first_of(".eE") != std::string::npos) {
    value.kind = ast::ConstantValue::Kind::kFloat;
    value.number = read_double(text);
  } else {
    value.kind = ast::ConstantValue::Kind::kInt;
    value.text = arena.copy_string(text);
  }
  return value;
}

std::string float_repr(double value) {
  return format_repr(value, true);
}

std::string imaginary_repr(double imag) {
  return format_repr(imag, false) + "j";
}

std::string int_literal_to_decimal(std::string_view digits) {
  int base = 10;
  if (digits.size() > 1 && digits[0] == '0') {
    char c = digits[1] | 0x20;
    base = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 10;
  }
  if (base != 10) {
    digits.remove_prefix(2);
  } else {
    size_t nonzero = digits.find_first_not_of('0');
    if (nonzero == std::string_view::npos) return "0";
    digits.remove_prefix(nonzero);
    if (digits.size() <= 18) return std::string(digits);
  }
  mpz_t n;
  mpz_init(n);
  mpz_set_str(n, std::string(digits).c_str(), base);
  std::string out(mpz_sizeinbase(n, 10) + 2, '\0');
  mpz_get_str(out.data(), 10, n);
  out.resize(std::char_traits<char>::length(out.c_str()));
  mpz_clear(n);
  return out;
}

bool decode_str_body(std::string_view body, bool raw, std::string& out, std::string* error) {
  out.reserve(out.size() + body.size());
  // CPython decodes a body without escapes in one go, and otherwise each
  // run of non-ASCII bytes on its own: error positions count from there.
  bool whole = raw || body.find('\\') == std::string_view::npos;
  size_t run_start = 0;
  size_t i = 0;
  while (i < body.size()) {
    unsigned char c = static_cast<unsigned char>(body[i]);
    if (c >= 0x80) {
      if (i == 0 || static_cast<unsigned char>(body[i - 1]) < 0x80) run_start = i;
      DecodedChar ch = decode_utf8_char(body, i);
      if (ch.length == 0) {
        char message[256];
        std::snprintf(message, sizeof message,
                      "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %zu: %s",
                      c, whole ? i : i - run_start, utf8_error_reason(body, i));
        *error = message;
        return false;
      }
      out.append(body.substr(i, ch.length));
      i += ch.length;
      continue;
    }
    if (c != '\\' || raw) {
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    size_t escape_begin = i;
    ++i;
    if (i >= body.size()) {
      return unicode_escape_error(error, escape_begin, escape_begin, "\\ at end of string");
    }
    char e = body[i++];
    switch (e) {
      case '\n':
        break;
      case '\\':
        out += '\\';
        break;
      case '\'':
        out += '\'';
        break;
      case '"':
        out += '"';
        break;
      case 'a':
        out += '\a';
        break;
      case 'b':
        out += '\b';
        break;
      case 'f':
        out += '\f';
        break;
      case 'n':
        out += '\n';
        break;
      case 'r':
        out += '\r';
        break;
      case 't':
        out += '\t';
        break;
      case 'v':
        out += '\v';
        break;
      case '0':
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7': {
        unsigned value = e - '0';
        for (int k = 0; k < 2 && i < body.size() && body[i] >= '0' && body[i] <= '7'; ++k) {
          value = value * 8 + (body[i++] - '0');
        }
        append_utf8(out, value);
        break;
      }
      case 'x':
      case 'u':
      case 'U': {
        int count = e == 'x' ? 2 : e == 'u' ? 4 : 8;
        char32_t value = 0;
        for (int k = 0; k < count; ++k) {
          int digit = i < body.size() ? hex_value(body[i]) : -1;
          if (digit < 0) {
            const char* what = e == 'x'   ? "truncated \\xXX escape"
                               : e == 'u' ? "truncated \\uXXXX escape"
                                          : "truncated \\UXXXXXXXX escape";
            return unicode_escape_error(error, escape_begin, i - 1, what);
          }
          value = value * 16 + digit;
          ++i;
        }
        if (value > 0x10FFFF) {
          return unicode_escape_error(error, escape_begin, i - 1, "illegal Unicode character");
        }
        append_utf8(out, value);
        break;
      }
      case 'N': {
        size_t close =
            i < body.size() && body[i] == '{' ? body.find('}', i) : std::string_view::npos;
        if (close == std::string_view::npos || close == i + 1) {
          return unicode_escape_error(error, escape_begin, i - 1, "malformed \\N character escape");
        }
        std::string name(body.substr(i + 1, close - i - 1));
        UErrorCode status = U_ZERO_ERROR;
        UChar32 value = u_charFromName(U_UNICODE_CHAR_NAME, name.c_str(), &status);
        if (U_FAILURE(status)) {
          status = U_ZERO_ERROR;
          value = u_charFromName(U_CHAR_NAME_ALIAS, name.c_str(), &status);
        }
        if (U_FAILURE(status)) {
          return unicode_escape_error(error, escape_begin, close, "unknown Unicode character name");
        }
        append_utf8(out, static_cast<char32_t>(value));
        i = close + 1;
        break;
      }
      default:
        // An unknown escape keeps its backslash (with a DeprecationWarning).
        out += '\\';
        --i;
        break;
    }
  }
  return true;
}

bool decode_bytes_body(std::string_view body, bool raw, std::string& out, std::string* error) {
  for (char c : body) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      *error = "bytes can only contain ASCII literal characters";
      return false;
    }
  }
  if (raw) {
    out.append(body);
    return true;
  }
  size_t i = 0;
  while (i < body.size()) {
    char c = body[i++];
    if (c != '\\') {
      out += c;
      continue;
    }
    if (i >= body.size()) {
      *error = "(value error) Trailing \\ in string";
      return false;
    }
    char e = body[i++];
    switch (e) {
      case '\n':
        break;
      case '\\':
        out += '\\';
        break;
      case '\'':
        out += '\'';
        break;
      case '"':
        out += '"';
        break;
      case 'a':
        out += '\a';
        break;
      case 'b':
        out += '\b';
        break;
      case 'f':
        out += '\f';
        break;
      case 'n':
        out += '\n';
        break;
      case 'r':
        out += '\r';
        break;
      case 't':
        out += '\t';
        break;
      case 'v':
        out += '\v';
        break;
      case '0':
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7': {
        unsigned value = e - '0';
        for (int k = 0; k < 2 && i < body.size() && body[i] >= '0' && body[i] <= '7'; ++k) {
          value = value * 8 + (body[i++] - '0');
        }
        out += static_cast<char>(value & 0xFF);
        break;
      }
      case 'x': {
        int hi = i < body.size() ? hex_value(body[i]) : -1;
        int lo = i + 1 < body.size() ? hex_value(body[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
          char message[256];
          std::snprintf(message, sizeof message, "(value error) invalid \\x escape at position %zu",
                        i - 2);
          *error = message;
          return false;
        }
        out += static_cast<char>(hi * 16 + lo);
        i += 2;
        break;
      }
      default:
        out += '\\';
        --i;
        break;
    }
  }
  return true;
}

}  // namespace krait::syntax
