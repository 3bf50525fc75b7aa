// Parsing ints and floats with CPython's accepted syntax.
#include "runtime/convert.h"

#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <string>

#include "runtime/exceptions.h"
#include "runtime/str_repr.h"
#include "runtime/unicode.h"

namespace krait::rt {

namespace {

// The bytes of s without surrounding Unicode whitespace.
std::string_view strip_space(Str s) {
  const char* p = s.data();
  const char* end = p + s.nbytes();
  while (p < end) {
    const char* q = p;
    if (!is_space(utf8_decode(q))) break;
    p = q;
  }
  while (end > p) {
    const char* q = end - 1;
    while (q > p && (static_cast<unsigned char>(*q) & 0xC0) == 0x80) --q;
    const char* r = q;
    if (!is_space(utf8_decode(r))) break;
    end = q;
  }
  return {p, static_cast<size_t>(end - p)};
}

[[noreturn]] void bad_int(Str s, int64_t base) {
  std::string m = "invalid literal for int() with base " + std::to_string(base) + ": ";
  raise_value_error(Str(m) + str_repr(s));
}

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

int prefix_base(std::string_view v) {
  if (v.size() < 2 || v[0] != '0') return 0;
  char c = static_cast<char>(v[1] | 0x20);
  return c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
}

}  // namespace

IntText scan_int_text(Str s, int64_t base) {
  if (base != 0 && (base < 2 || base > 36)) {
    raise_value_error("int() base must be >= 2 and <= 36, or 0");
  }
  std::string_view v = strip_space(s);
  IntText out;
  if (!v.empty() && (v[0] == '+' || v[0] == '-')) {
    out.negative = v[0] == '-';
    v.remove_prefix(1);
  }
  out.base = static_cast<int>(base);
  bool had_prefix = false;
  int pb = prefix_base(v);
  if (pb != 0 && (base == 0 || base == pb)) {
    out.base = pb;
    had_prefix = true;
    v.remove_prefix(2);
  } else if (base == 0) {
    out.base = 10;
  }
  // A leading underscore is allowed only right after a prefix.
  if (had_prefix && !v.empty() && v[0] == '_') v.remove_prefix(1);
  if (v.empty() || v[0] == '_' || v.back() == '_') bad_int(s, base);
  bool all_zero = true;
  for (size_t i = 0; i < v.size(); ++i) {
    if (v[i] == '_') {
      if (v[i - 1] == '_') bad_int(s, base);
      continue;
    }
    int d = digit_value(v[i]);
    if (d >= out.base) bad_int(s, base);
    all_zero = all_zero && d == 0;
    out.digits.push_back(v[i]);
  }
  // Base 0 without a prefix is decimal without leading zeros ("010").
  if (base == 0 && !had_prefix && v[0] == '0' && !all_zero) bad_int(s, base);
  return out;
}

int64_t int_from_str(Str s, int64_t base) {
  IntText text = scan_int_text(s, base);
  uint64_t mag = 0;
  bool overflow = false;
  for (char c : text.digits) {
    if (__builtin_mul_overflow(mag, static_cast<uint64_t>(text.base), &mag) ||
        __builtin_add_overflow(mag, static_cast<uint64_t>(digit_value(c)), &mag)) {
      overflow = true;
    }
  }
  uint64_t limit = text.negative ? uint64_t{1} << 63 : (uint64_t{1} << 63) - 1;
  if (overflow || mag > limit) raise_int_overflow();
  return text.negative ? static_cast<int64_t>(0 - mag) : static_cast<int64_t>(mag);
}

double float_from_str(Str s) {
  std::string_view v = strip_space(s);
  auto fail = [&]() {
    raise_value_error(Str("could not convert string to float: ") + str_repr(s));
  };
  std::string clean;
  size_t i = 0;
  if (i < v.size() && (v[i] == '+' || v[i] == '-')) clean.push_back(v[i++]);
  std::string rest;
  for (size_t k = i; k < v.size(); ++k) rest.push_back(static_cast<char>(v[k] | 0x20));
  if (rest == "inf" || rest == "infinity" || rest == "nan") {
    double x = rest == "nan" ? NAN : INFINITY;
    return clean == "-" ? -x : x;
  }
  // digits [. digits] [e [sign] digits], underscores only between digits.
  bool digits = false, in_exp = false;
  for (; i < v.size(); ++i) {
    char c = v[i];
    bool prev_digit = !clean.empty() && clean.back() >= '0' && clean.back() <= '9';
    if (c >= '0' && c <= '9') {
      clean.push_back(c);
      digits = true;
    } else if (c == '_') {
      bool next_digit = i + 1 < v.size() && v[i + 1] >= '0' && v[i + 1] <= '9';
      if (!prev_digit || !next_digit) fail();
    } else if (c == '.' && !in_exp && clean.find('.') == std::string::npos) {
      clean.push_back(c);
    } else if ((c == 'e' || c == 'E') && digits && !in_exp) {
      in_exp = true;
      digits = false;
      clean.push_back('e');
      if (i + 1 < v.size() && (v[i + 1] == '+' || v[i + 1] == '-')) clean.push_back(v[++i]);
    } else {
      fail();
    }
  }
  if (!digits) fail();
  return std::strtod(clean.c_str(), nullptr);
}

void int_to_str(StrBuilder& out, int64_t v) {
  char* p = out.reserve_more(24);
  auto r = std::to_chars(p, p + 24, v);
  out.commit(r.ptr - p);
}

}  // namespace krait::rt
