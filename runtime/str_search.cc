// str methods that search: find, count, replace, split, strip, partition, ...
#include "runtime/exceptions.h"
#include "runtime/str_methods.h"
#include "runtime/unicode.h"

namespace krait::rt {

namespace {

using sv = std::string_view;

// The byte range of s[start:end] (code-point indices, clamped as slices are);
// false when start > len, which makes every search fail (CPython's rule).
bool byte_range(Str s, int64_t start, int64_t end, int64_t* b0, int64_t* b1) {
  int64_t n = s.len();
  if (start > n) return false;
  Slice sl{start, end};
  int64_t lo, hi;
  sl.adjust(n, &lo, &hi);
  if (hi < lo) hi = lo;
  *b0 = s.byte_offset(lo);
  *b1 = s.byte_offset(hi);
  return true;
}

int64_t cp_index(Str s, int64_t byte_pos) {
  return s.is_ascii() ? byte_pos : utf8_count(s.data(), byte_pos);
}

Str substr(Str s, int64_t b0, int64_t b1) {
  return Str(s.view().substr(b0, b1 - b0));
}

bool is_space_at(const char* p, const char** next) {
  uint32_t c = utf8_decode(p);
  *next = p;
  return is_space(c);
}

bool in_chars(uint32_t c, Str chars) {
  if (chars.is_none()) return is_space(c);
  for (const char* p = chars.data(); p < chars.data() + chars.nbytes();) {
    if (utf8_decode(p) == c) return true;
  }
  return false;
}

int64_t lstrip_bytes(Str s, Str chars) {
  const char* p = s.data();
  const char* end = p + s.nbytes();
  while (p < end) {
    const char* q = p;
    if (!in_chars(utf8_decode(q), chars)) break;
    p = q;
  }
  return p - s.data();
}

// Start of the code point that ends at byte `end`.
int64_t cp_start_before(const char* base, int64_t end) {
  int64_t q = end - 1;
  while (q > 0 && (static_cast<unsigned char>(base[q]) & 0xC0) == 0x80) --q;
  return q;
}

// New end of s's bytes [lo, end) after stripping trailing `chars`.
int64_t rstrip_bytes(Str s, Str chars, int64_t lo, int64_t end) {
  while (end > lo) {
    int64_t q = cp_start_before(s.data(), end);
    const char* r = s.data() + q;
    if (!in_chars(utf8_decode(r), chars)) break;
    end = q;
  }
  return end;
}

List<Str>* split_whitespace(Str s, int64_t maxsplit) {
  auto* out = List<Str>::make(0);
  const char* p = s.data();
  const char* end = p + s.nbytes();
  const char* next;
  while (p < end) {
    while (p < end && is_space_at(p, &next)) p = next;
    if (p == end) break;
    if (maxsplit >= 0 && out->len == maxsplit) {
      out->append(substr(s, p - s.data(), s.nbytes()));  // the rest keeps its trailing space
      break;
    }
    const char* word = p;
    while (p < end && !is_space_at(p, &next)) p = next;
    out->append(Str(sv(word, p - word)));
  }
  return out;
}

}  // namespace

int64_t str_find(Str s, Str sub, int64_t start, int64_t end) {
  int64_t b0, b1;
  if (!byte_range(s, start, end, &b0, &b1)) return -1;
  size_t at = s.view().substr(0, b1).find(sub.view(), b0);
  return at == sv::npos ? -1 : cp_index(s, static_cast<int64_t>(at));
}

int64_t str_rfind(Str s, Str sub, int64_t start, int64_t end) {
  int64_t b0, b1;
  if (!byte_range(s, start, end, &b0, &b1)) return -1;
  if (b1 - b0 < sub.nbytes()) return -1;
  size_t at = s.view().substr(0, b1).rfind(sub.view());
  return at == sv::npos || static_cast<int64_t>(at) < b0 ? -1
                                                         : cp_index(s, static_cast<int64_t>(at));
}

int64_t str_index(Str s, Str sub, int64_t start, int64_t end) {
  int64_t i = str_find(s, sub, start, end);
  if (i < 0) raise_value_error("substring not found");
  return i;
}

int64_t str_rindex(Str s, Str sub, int64_t start, int64_t end) {
  int64_t i = str_rfind(s, sub, start, end);
  if (i < 0) raise_value_error("substring not found");
  return i;
}

int64_t str_count(Str s, Str sub, int64_t start, int64_t end) {
  int64_t b0, b1;
  if (!byte_range(s, start, end, &b0, &b1)) return 0;
  if (sub.nbytes() == 0) return utf8_count(s.data() + b0, b1 - b0) + 1;
  sv hay = s.view().substr(0, b1);
  int64_t n = 0;
  for (size_t at = hay.find(sub.view(), b0); at != sv::npos;
       at = hay.find(sub.view(), at + sub.nbytes())) {
    ++n;
  }
  return n;
}

Str str_replace(Str s, Str old, Str replacement, int64_t count) {
  if (count < 0) count = INT64_MAX;
  StrBuilder out(s.nbytes());
  sv v = s.view();
  if (old.nbytes() == 0) {
    int64_t done = 0;
    for (const char* p = v.data(); p <= v.data() + v.size();) {
      if (done++ < count) out.append(replacement);
      if (p == v.data() + v.size()) break;
      const char* q = p;
      utf8_decode(q);
      out.append(sv(p, q - p));
      p = q;
    }
    return out.finish();
  }
  size_t pos = 0;
  for (int64_t done = 0; done < count; ++done) {
    size_t at = v.find(old.view(), pos);
    if (at == sv::npos) break;
    out.append(v.substr(pos, at - pos));
    out.append(replacement);
    pos = at + old.nbytes();
  }
  out.append(v.substr(pos));
  return out.finish();
}

List<Str>* str_split(Str s, Str sep, int64_t maxsplit) {
  if (sep.is_none()) return split_whitespace(s, maxsplit);
  if (sep.nbytes() == 0) raise_value_error("empty separator");
  auto* out = List<Str>::make(0);
  sv v = s.view();
  size_t pos = 0;
  for (int64_t done = 0; maxsplit < 0 || done < maxsplit; ++done) {
    size_t at = v.find(sep.view(), pos);
    if (at == sv::npos) break;
    out->append(Str(v.substr(pos, at - pos)));
    pos = at + sep.nbytes();
  }
  out->append(Str(v.substr(pos)));
  return out;
}

List<Str>* str_rsplit(Str s, Str sep, int64_t maxsplit) {
  if (maxsplit < 0) return str_split(s, sep, -1);
  if (!sep.is_none() && sep.nbytes() == 0) raise_value_error("empty separator");
  auto* out = List<Str>::make(0);
  sv v = s.view();
  int64_t end = static_cast<int64_t>(v.size());
  if (sep.is_none()) {
    end = rstrip_bytes(s, Str(), 0, end);
    while (end > 0) {
      if (out->len == maxsplit) {
        out->append(Str(v.substr(0, end)));
        break;
      }
      int64_t word = end;
      while (word > 0) {
        int64_t q = cp_start_before(v.data(), word);
        const char* r = v.data() + q;
        if (is_space(utf8_decode(r))) break;
        word = q;
      }
      out->append(Str(v.substr(word, end - word)));
      end = rstrip_bytes(s, Str(), 0, word);
    }
  } else {
    for (int64_t done = 0; done < maxsplit; ++done) {
      size_t at = end >= sep.nbytes() ? v.substr(0, end).rfind(sep.view()) : sv::npos;
      if (at == sv::npos) break;
      out->append(Str(v.substr(at + sep.nbytes(), end - at - sep.nbytes())));
      end = static_cast<int64_t>(at);
    }
    out->append(Str(v.substr(0, end)));
  }
  out->reverse();
  return out;
}

List<Str>* str_splitlines(Str s, bool keepends) {
  auto* out = List<Str>::make(0);
  const char* p = s.data();
  const char* end = p + s.nbytes();
  const char* line = p;
  while (p < end) {
    const char* q = p;
    uint32_t c = utf8_decode(q);
    bool brk = c == '\n' || c == '\r' || (c >= 0x0B && c <= 0x0C) || (c >= 0x1C && c <= 0x1E) ||
               c == 0x85 || c == 0x2028 || c == 0x2029;
    if (!brk) {
      p = q;
      continue;
    }
    if (c == '\r' && q < end && *q == '\n') ++q;
    out->append(Str(sv(line, (keepends ? q : p) - line)));
    line = p = q;
  }
  if (line < end) out->append(Str(sv(line, end - line)));
  return out;
}

Str str_join(Str sep, const List<Str>* items) {
  StrBuilder out;
  for (int64_t i = 0; i < items->len; ++i) {
    if (i) out.append(sep);
    out.append(items->items[i]);
  }
  return out.finish();
}

Str str_strip(Str s, Str chars) {
  int64_t b0 = lstrip_bytes(s, chars);
  return substr(s, b0, rstrip_bytes(s, chars, b0, s.nbytes()));
}
Str str_lstrip(Str s, Str chars) {
  return substr(s, lstrip_bytes(s, chars), s.nbytes());
}
Str str_rstrip(Str s, Str chars) {
  return substr(s, 0, rstrip_bytes(s, chars, 0, s.nbytes()));
}

bool str_startswith(Str s, Str prefix, int64_t start, int64_t end) {
  int64_t b0, b1;
  if (!byte_range(s, start, end, &b0, &b1)) return false;
  return s.view().substr(b0, b1 - b0).starts_with(prefix.view());
}

Str str_removeprefix(Str s, Str prefix) {
  return s.view().starts_with(prefix.view()) ? Str(s.view().substr(prefix.nbytes())) : s;
}

Str str_removesuffix(Str s, Str suffix) {
  if (suffix.nbytes() == 0 || !s.view().ends_with(suffix.view())) return s;
  return Str(s.view().substr(0, s.nbytes() - suffix.nbytes()));
}

bool str_endswith(Str s, Str suffix, int64_t start, int64_t end) {
  int64_t b0, b1;
  if (!byte_range(s, start, end, &b0, &b1)) return false;
  return s.view().substr(b0, b1 - b0).ends_with(suffix.view());
}

bool str_startswith(Str s, const List<Str>* prefixes, int64_t start, int64_t end) {
  for (Str p : *prefixes) {
    if (str_startswith(s, p, start, end)) return true;
  }
  return false;
}

bool str_endswith(Str s, const List<Str>* suffixes, int64_t start, int64_t end) {
  for (Str p : *suffixes) {
    if (str_endswith(s, p, start, end)) return true;
  }
  return false;
}

Tuple<Str, Str, Str> str_partition(Str s, Str sep) {
  if (sep.nbytes() == 0) raise_value_error("empty separator");
  size_t at = s.view().find(sep.view());
  if (at == sv::npos) return {s, Str(""), Str("")};
  auto a = static_cast<int64_t>(at);
  return {substr(s, 0, a), sep, substr(s, a + sep.nbytes(), s.nbytes())};
}

Tuple<Str, Str, Str> str_rpartition(Str s, Str sep) {
  if (sep.nbytes() == 0) raise_value_error("empty separator");
  size_t at = s.view().rfind(sep.view());
  if (at == sv::npos) return {Str(""), Str(""), s};
  auto a = static_cast<int64_t>(at);
  return {substr(s, 0, a), sep, substr(s, a + sep.nbytes(), s.nbytes())};
}

}  // namespace krait::rt
