// Methods of Python's str, as free functions: `s.split(x)` is `str_split(s, x)`.
//
// Arguments that Python lets the caller omit have defaults here where the
// default is a value (maxsplit = -1, count = -1, start = 0, end = kEnd); an
// omitted `sep`/`chars` is a None Str (`Str()`). Positions and lengths are in
// code points. Errors are CPython's: `ValueError: substring not found`
// (index/rindex), `ValueError: empty separator`, `TypeError: The fill
// character must be exactly one character long`. Case mapping and the
// is*() predicates use Unicode properties (unicode.h): upper/lower apply
// full mappings with context; capitalize/title use simple title case for the
// first letter; swapcase maps per character without the final-sigma rule.
// `startswith`/`endswith` take a Str, or a tuple of Str (Tuple or VarTuple,
// or a List<Str>*): true when any of them matches.
#pragma once

#include <concepts>
#include <cstdint>

#include "runtime/list.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/var_tuple.h"

namespace krait::rt {

inline constexpr int64_t kEnd = INT64_MAX;

List<Str>* str_split(Str s, Str sep = Str(), int64_t maxsplit = -1);
List<Str>* str_rsplit(Str s, Str sep = Str(), int64_t maxsplit = -1);
List<Str>* str_splitlines(Str s, bool keepends = false);
Str str_join(Str sep, const List<Str>* items);
Str str_strip(Str s, Str chars = Str());
Str str_lstrip(Str s, Str chars = Str());
Str str_rstrip(Str s, Str chars = Str());
Str str_replace(Str s, Str old, Str replacement, int64_t count = -1);
bool str_startswith(Str s, Str prefix, int64_t start = 0, int64_t end = kEnd);
bool str_startswith(Str s, const List<Str>* prefixes, int64_t start = 0, int64_t end = kEnd);
bool str_endswith(Str s, Str suffix, int64_t start = 0, int64_t end = kEnd);
bool str_endswith(Str s, const List<Str>* suffixes, int64_t start = 0, int64_t end = kEnd);
template <class... Ts>
requires(std::same_as<Ts, Str>&&...) bool str_startswith(Str s, const Tuple<Ts...>& prefixes,
                                                         int64_t start = 0, int64_t end = kEnd) {
  bool found = false;
  for_each_item(prefixes, [&](Str p) { found = found || str_startswith(s, p, start, end); });
  return found;
}
template <class... Ts>
requires(std::same_as<Ts, Str>&&...) bool str_endswith(Str s, const Tuple<Ts...>& suffixes,
                                                       int64_t start = 0, int64_t end = kEnd) {
  bool found = false;
  for_each_item(suffixes, [&](Str p) { found = found || str_endswith(s, p, start, end); });
  return found;
}
inline bool str_startswith(Str s, const VarTuple<Str>& prefixes, int64_t start = 0,
                           int64_t end = kEnd) {
  for (int64_t i = 0; i < prefixes.size; ++i)
    if (str_startswith(s, prefixes.items[i], start, end)) return true;
  return false;
}
inline bool str_endswith(Str s, const VarTuple<Str>& suffixes, int64_t start = 0,
                         int64_t end = kEnd) {
  for (int64_t i = 0; i < suffixes.size; ++i)
    if (str_endswith(s, suffixes.items[i], start, end)) return true;
  return false;
}
int64_t str_find(Str s, Str sub, int64_t start = 0, int64_t end = kEnd);
int64_t str_rfind(Str s, Str sub, int64_t start = 0, int64_t end = kEnd);
int64_t str_index(Str s, Str sub, int64_t start = 0, int64_t end = kEnd);
int64_t str_rindex(Str s, Str sub, int64_t start = 0, int64_t end = kEnd);
int64_t str_count(Str s, Str sub, int64_t start = 0, int64_t end = kEnd);
Str str_removeprefix(Str s, Str prefix);
Str str_removesuffix(Str s, Str suffix);
Tuple<Str, Str, Str> str_partition(Str s, Str sep);
Tuple<Str, Str, Str> str_rpartition(Str s, Str sep);

Str str_upper(Str s);
Str str_lower(Str s);
Str str_capitalize(Str s);
Str str_title(Str s);
Str str_swapcase(Str s);

bool str_isdigit(Str s);
bool str_isdecimal(Str s);
bool str_isnumeric(Str s);
bool str_isalpha(Str s);
bool str_isalnum(Str s);
bool str_isspace(Str s);
bool str_isupper(Str s);
bool str_islower(Str s);
bool str_isprintable(Str s);
bool str_istitle(Str s);

Str str_ljust(Str s, int64_t width, Str fill = Str(" "));
Str str_rjust(Str s, int64_t width, Str fill = Str(" "));
Str str_center(Str s, int64_t width, Str fill = Str(" "));
Str str_zfill(Str s, int64_t width);
Str str_expandtabs(Str s, int64_t tabsize = 8);

}  // namespace krait::rt
