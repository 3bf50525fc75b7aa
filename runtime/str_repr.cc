// CPython's unicode_repr.
#include "runtime/str_repr.h"

#include <cstdio>

#include "runtime/unicode.h"

namespace krait::rt {

namespace {

// \xHH, \uHHHH or \UHHHHHHHH by the code point's size.
void append_escape(StrBuilder& out, uint32_t c) {
  char buf[12];
  const char* form = c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x";
  int n = std::snprintf(buf, sizeof buf, form, c);
  out.append(std::string_view(buf, n));
}

}  // namespace

void str_repr_to(StrBuilder& out, Str s) {
  std::string_view v = s.view();
  char quote = '\'';
  if (v.find('\'') != std::string_view::npos && v.find('"') == std::string_view::npos) {
    quote = '"';
  }
  out.push(quote);
  for (const char* p = v.data(); p < v.data() + v.size();) {
    uint32_t c = utf8_decode(p);
    if (c == static_cast<uint32_t>(quote) || c == '\\') {
      out.push('\\');
      out.push(static_cast<char>(c));
    } else if (c == '\t') {
      out.append("\\t");
    } else if (c == '\n') {
      out.append("\\n");
    } else if (c == '\r') {
      out.append("\\r");
    } else if (is_printable(c)) {
      out.append_codepoint(c);
    } else {
      append_escape(out, c);
    }
  }
  out.push(quote);
}

Str ascii_escape(Str repr) {
  if (repr.is_ascii()) return repr;
  StrBuilder out(repr.nbytes() + 8);
  std::string_view v = repr.view();
  for (const char* p = v.data(); p < v.data() + v.size();) {
    uint32_t c = utf8_decode(p);
    if (c < 0x80) {
      out.push(static_cast<char>(c));
    } else {
      append_escape(out, c);
    }
  }
  return out.finish();
}

Str str_repr(Str s) {
  StrBuilder out(s.nbytes() + 2);
  str_repr_to(out, s);
  return out.finish();
}

}  // namespace krait::rt
