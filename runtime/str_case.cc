// str methods on characters: case mapping, is*() predicates and padding.
#include "runtime/exceptions.h"
#include "runtime/str_methods.h"
#include "runtime/unicode.h"

namespace krait::rt {

namespace {

template <class Pred>
bool all_of(Str s, Pred pred) {
  if (s.nbytes() == 0) return false;
  for (const char* p = s.data(); p < s.data() + s.nbytes();) {
    if (!pred(utf8_decode(p))) return false;
  }
  return true;
}

uint32_t fill_char(Str fill) {
  if (fill.len() != 1) {
    raise_type_error(Str("The fill character must be exactly one character long"));
  }
  return fill.codepoint_at(0);
}

Str pad(Str s, int64_t left, int64_t right, uint32_t fill) {
  if (left <= 0 && right <= 0) return s;
  StrBuilder out(s.nbytes() + left + right);
  for (int64_t i = 0; i < left; ++i) out.append_codepoint(fill);
  out.append(s);
  for (int64_t i = 0; i < right; ++i) out.append_codepoint(fill);
  return out.finish();
}

}  // namespace

Str str_upper(Str s) {
  if (!s.is_ascii()) return upper_full(s);
  StrBuilder out(s.nbytes());
  for (char c : s.view()) out.push(c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c);
  return out.finish();
}

Str str_lower(Str s) {
  if (!s.is_ascii()) return lower_full(s);
  StrBuilder out(s.nbytes());
  for (char c : s.view()) out.push(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
  return out.finish();
}

Str str_capitalize(Str s) {
  StrBuilder out(s.nbytes());
  bool first = true;
  for (const char* p = s.data(); p < s.data() + s.nbytes();) {
    uint32_t c = utf8_decode(p);
    if (first) {
      out.append_codepoint(to_title_simple(c));
    } else {
      to_lower_full(c, out);
    }
    first = false;
  }
  return out.finish();
}

Str str_title(Str s) {
  StrBuilder out(s.nbytes());
  bool previous_cased = false;
  for (const char* p = s.data(); p < s.data() + s.nbytes();) {
    uint32_t c = utf8_decode(p);
    if (previous_cased) {
      to_lower_full(c, out);
    } else {
      out.append_codepoint(to_title_simple(c));
    }
    previous_cased = is_cased(c);
  }
  return out.finish();
}

Str str_swapcase(Str s) {
  StrBuilder out(s.nbytes());
  for (const char* p = s.data(); p < s.data() + s.nbytes();) {
    uint32_t c = utf8_decode(p);
    if (is_upper(c)) {
      to_lower_full(c, out);
    } else if (is_lower(c)) {
      to_upper_full(c, out);
    } else {
      out.append_codepoint(c);
    }
  }
  return out.finish();
}

bool str_isdigit(Str s) {
  return all_of(s, is_digit);
}
bool str_isdecimal(Str s) {
  return all_of(s, is_decimal);
}
bool str_isnumeric(Str s) {
  return all_of(s, is_numeric);
}
bool str_isalpha(Str s) {
  return all_of(s, is_alpha);
}
bool str_isspace(Str s) {
  return all_of(s, is_space);
}
bool str_isalnum(Str s) {
  return all_of(s, [](uint32_t c) { return is_alpha(c) || is_numeric(c); });
}
bool str_isprintable(Str s) {
  return s.nbytes() == 0 || all_of(s, is_printable);
}

bool str_isupper(Str s) {
  bool cased = false;
  for (const char* p = s.data(); p < s.data() + s.nbytes();) {
    uint32_t c = utf8_decode(p);
    if (is_lower(c) || is_title(c)) return false;
    cased = cased || is_upper(c);
  }
  return cased;
}

bool str_islower(Str s) {
  bool cased = false;
  for (const char* p = s.data(); p < s.data() + s.nbytes();) {
    uint32_t c = utf8_decode(p);
    if (is_upper(c) || is_title(c)) return false;
    cased = cased || is_lower(c);
  }
  return cased;
}

Str str_ljust(Str s, int64_t width, Str fill) {
  return pad(s, 0, width - s.len(), fill_char(fill));
}

Str str_rjust(Str s, int64_t width, Str fill) {
  return pad(s, width - s.len(), 0, fill_char(fill));
}

Str str_center(Str s, int64_t width, Str fill) {
  uint32_t f = fill_char(fill);
  int64_t marg = width - s.len();
  if (marg <= 0) return s;
  int64_t left = marg / 2 + (marg & width & 1);
  return pad(s, left, marg - left, f);
}

// Uppercase and titlecase characters only after uncased ones, lowercase
// only after cased ones, and at least one cased character (CPython's rule).
bool str_istitle(Str s) {
  bool previous_cased = false, any_cased = false;
  for (const char* p = s.data(); p < s.data() + s.nbytes();) {
    uint32_t c = utf8_decode(p);
    if (is_upper(c) || is_title(c)) {
      if (previous_cased) return false;
      previous_cased = any_cased = true;
    } else if (is_lower(c)) {
      if (!previous_cased) return false;
      any_cased = true;
    } else {
      previous_cased = false;
    }
  }
  return any_cased;
}

// Tabs become spaces up to the next multiple of tabsize (counted in code
// points since the last newline); tabsize <= 0 removes them.
Str str_expandtabs(Str s, int64_t tabsize) {
  StrBuilder out(s.nbytes());
  int64_t column = 0;
  for (const char* p = s.data(); p < s.data() + s.nbytes();) {
    uint32_t c = utf8_decode(p);
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t spaces = tabsize - column % tabsize;
        out.append_repeated(' ', spaces);
        column += spaces;
      }
    } else {
      out.append_codepoint(c);
      column = (c == '\n' || c == '\r') ? 0 : column + 1;
    }
  }
  return out.finish();
}

Str str_zfill(Str s, int64_t width) {
  int64_t fill = width - s.len();
  if (fill <= 0) return s;
  StrBuilder out(width);
  std::string_view v = s.view();
  if (!v.empty() && (v[0] == '+' || v[0] == '-')) {
    out.push(v[0]);
    v.remove_prefix(1);
  }
  out.append_repeated('0', fill);
  out.append(v);
  return out.finish();
}

}  // namespace krait::rt
