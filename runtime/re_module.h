// Python's `re` module on PCRE2 (with its JIT): compiled patterns, match
// objects, and the scans findall/finditer/sub/split make.
//
// Contract: `re_compile(pattern, flags)` returns the compiled pattern,
// cached by (pattern, flags) like CPython's re._cache, or raises `re.error`
// with CPython's message (re_syntax.h translates Python's syntax). The
// module functions are the pattern's methods on `re_compile(...)`. Indices
// (pos, endpos, start(), end(), span()) are in code points; PCRE2 works in
// UTF-8 bytes, and a match converts lazily, counting from the position its
// search started at, so finditer over a long non-ASCII text stays linear.
// Successive matches follow CPython 3.7+: after an empty match the next one
// may start at the same place but must not be empty there (PCRE2's
// NOTEMPTY_ATSTART is exactly that rule), so sub/split/findall treat empty
// matches as CPython does. Groups that did not take part are None (''
// in findall and in sub templates). Templates of sub()/expand() take
// \1, \g<1>, \g<name>, \n ... with CPython's errors. A pattern's PCRE2 code
// is freed by a GC finalizer.
#pragma once

#include <cstdint>
#include <utility>

#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/list.h"
#include "runtime/re_syntax.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/var_tuple.h"

namespace krait::rt {

namespace re {
// re.error
struct error : Exception {
  KRAIT_EXCEPTION_BODY(error, Exception)
  const char* module_name() const override { return "re"; }
};
}  // namespace re

struct ReMatch;
struct ReMatches;

// Tuple<Str, ..., Str> of N strings: findall's rows, Match.groups().
template <size_t... I>
Tuple<decltype((void)I, Str())...> str_row(std::index_sequence<I...>);
template <size_t N>
using StrRow = decltype(str_row(std::make_index_sequence<N>()));

struct RePattern : Object {
  // Which compiled code a scan runs: search anywhere, match at the start,
  // fullmatch the whole span (the last two are anchored at compile time so
  // the JIT runs them).
  enum Mode { kSearch, kMatch, kFullMatch };

  Str pattern;
  int64_t flags = 0;
  int64_t groups = 0;
  Dict<Str, int64_t>* groupindex = nullptr;
  pcre2_code* code[3] = {};  // by Mode; kMatch and kFullMatch made on first use
  pcre2_match_data* data = nullptr;

  const char* type_name() const override { return "Pattern"; }
  const char* module_name() const override { return "re"; }
  Str py_repr() override;

  ReMatch* search(Str s, int64_t pos = 0, int64_t endpos = INT64_MAX) {
    return first(kSearch, s, pos, endpos);
  }
  ReMatch* match(Str s, int64_t pos = 0, int64_t endpos = INT64_MAX) {
    return first(kMatch, s, pos, endpos);
  }
  ReMatch* fullmatch(Str s, int64_t pos = 0, int64_t endpos = INT64_MAX) {
    return first(kFullMatch, s, pos, endpos);
  }
  // findall of a pattern with no group or one: the matches, or the group.
  List<Str>* findall(Str s, int64_t pos = 0, int64_t endpos = INT64_MAX);
  // findall of a pattern with N > 1 groups: a tuple of them per match ('' unset).
  template <size_t N>
  List<StrRow<N>>* findall_rows(Str s, int64_t pos = 0, int64_t endpos = INT64_MAX);
  ReMatches finditer(Str s, int64_t pos = 0, int64_t endpos = INT64_MAX);
  Str sub(Str repl, Str s, int64_t count = 0) { return std::get<0>(subn(repl, s, count)); }
  Tuple<Str, int64_t> subn(Str repl, Str s, int64_t count = 0);
  // sub with a function of the match.
  template <class F>
  Str sub_with(F&& f, Str s, int64_t count = 0) {
    return std::get<0>(subn_with(std::forward<F>(f), s, count));
  }
  template <class F>
  Tuple<Str, int64_t> subn_with(F&& f, Str s, int64_t count = 0);
  List<Str>* split(Str s, int64_t maxsplit = 0);

  // The code for a mode, compiled (and JIT-compiled) on first use.
  pcre2_code* code_for(Mode mode);

 private:
  ReMatch* first(Mode mode, Str s, int64_t pos, int64_t endpos);
};

RePattern* re_compile(Str pattern, int64_t flags = 0);
RePattern* re_compile(RePattern* pattern, int64_t flags = 0);  // re.compile(p) is p
Str re_escape(Str pattern);

struct ReMatch : Object {
  RePattern* re = nullptr;
  Str string;
  int64_t pos = 0, endpos = 0;  // code points, as given to the search
  int64_t* spans = nullptr;     // byte offsets: start, end of group 0..groups; -1 unset
  // A place known in both units at or before the match: code points are
  // counted from there.
  int64_t anchor_byte = 0, anchor_cp = 0;

  const char* type_name() const override { return "Match"; }
  const char* module_name() const override { return "re"; }
  Str py_repr() override;

  Str group(int64_t g = 0) const;
  Str group(Str name) const { return group(group_number(name)); }
  template <class... G>
  auto group(G... gs) const -> std::enable_if_t<(sizeof...(G) > 1), Tuple<decltype(group(gs))...>> {
    return Tuple<decltype(group(gs))...>(group(gs)...);
  }
  template <size_t N>
  StrRow<N> groups(Str missing = Str()) const {
    return [&]<size_t... I>(std::index_sequence<I...>) {
      return StrRow<N>(or_missing(group(int64_t{I + 1}), missing)...);
    }
    (std::make_index_sequence<N>());
  }
  // groups() of a pattern whose number of groups is known at run time only.
  VarTuple<Str> groups(Str missing = Str()) const;
  Dict<Str, Str>* groupdict(Str missing = Str()) const;
  int64_t start(int64_t g = 0) const { return cp(span_byte(g, 0)); }
  int64_t end(int64_t g = 0) const { return cp(span_byte(g, 1)); }
  int64_t start(Str name) const { return start(group_number(name)); }
  int64_t end(Str name) const { return end(group_number(name)); }
  Tuple<int64_t, int64_t> span(int64_t g = 0) const { return {start(g), end(g)}; }
  Tuple<int64_t, int64_t> span(Str name) const { return span(group_number(name)); }
  Str expand(Str tmpl) const;

  // The group's byte offset (which 0: start, 1: end), -1 when unset;
  // IndexError "no such group" when the pattern has no group g.
  int64_t span_byte(int64_t g, int which) const;
  int64_t group_number(Str name) const;

 private:
  int64_t cp(int64_t byte) const;
  static Str or_missing(Str s, Str missing) { return s.is_none() ? missing : s; }
};

// The successive matches of a pattern over s[pos:endpos], as CPython's
// scanner takes them (see the contract above).
struct ReScan {
  RePattern* re = nullptr;
  Str s;
  RePattern::Mode mode = RePattern::kSearch;
  int64_t pos_cp = 0, endpos_cp = 0;       // the span searched, clamped as CPython clamps
  int64_t at_byte = 0, end_byte = 0;       // where the next search starts; endpos
  int64_t at_cp = 0;                       // at_byte in code points
  int64_t anchor_byte = 0, anchor_cp = 0;  // where the last match's search started
  bool must_advance = false;
  bool done = false;

  ReScan() = default;  // an iterator variable before its first assignment
  ReScan(RePattern* re, Str s, int64_t pos, int64_t endpos,
         RePattern::Mode mode = RePattern::kSearch);
  // The next match's offsets (PCRE2's ovector: start, end per group), or
  // null at the end.
  const PCRE2_SIZE* next();
  // The match next() just found, as a Match object.
  ReMatch* match_object(const PCRE2_SIZE* ovector) const;
};

// re.finditer: an iterator of match objects.
struct ReMatches {
  using Item = ReMatch*;
  ReScan scan;
  bool next(ReMatch*& out) {
    const PCRE2_SIZE* ov = scan.next();
    if (ov == nullptr) return false;
    out = scan.match_object(ov);
    return true;
  }
};

// The group's text from an ovector, None (or '' with empty_unset) when unset.
Str re_group_text(Str s, const PCRE2_SIZE* ovector, int64_t g, bool empty_unset);

template <size_t N>
List<StrRow<N>>* RePattern::findall_rows(Str s, int64_t pos, int64_t endpos) {
  auto* out = List<StrRow<N>>::make();
  ReScan scan(this, s, pos, endpos);
  while (const PCRE2_SIZE* ov = scan.next()) {
    out->append([&]<size_t... I>(std::index_sequence<I...>) {
      return StrRow<N>(re_group_text(s, ov, int64_t{I + 1}, true)...);
    }(std::make_index_sequence<N>()));
  }
  return out;
}

// Appends the replacement pieces of a scan to `out` (shared by subn and
// subn_with): s between matches, and what `replace(match_ovector)` gives.
template <class Replace>
Tuple<Str, int64_t> re_substitute(RePattern* re, Str s, int64_t count, Replace&& replace) {
  StrBuilder out(s.nbytes() + 16);
  ReScan scan(re, s, 0, INT64_MAX);
  int64_t last = 0, n = 0;
  while (count == 0 || n < count) {
    const PCRE2_SIZE* ov = scan.next();
    if (ov == nullptr) break;
    auto b = static_cast<int64_t>(ov[0]), e = static_cast<int64_t>(ov[1]);
    out.append(std::string_view(s.data() + last, static_cast<size_t>(b - last)));
    replace(out, scan, ov);
    last = e;
    ++n;
  }
  out.append(std::string_view(s.data() + last, static_cast<size_t>(s.nbytes() - last)));
  return {out.finish(), n};
}

template <class F>
Tuple<Str, int64_t> RePattern::subn_with(F&& f, Str s, int64_t count) {
  return re_substitute(this, s, count, [&](StrBuilder& out, ReScan& scan, const PCRE2_SIZE* ov) {
    out.append(Str(f(scan.match_object(ov))));
  });
}

}  // namespace krait::rt
