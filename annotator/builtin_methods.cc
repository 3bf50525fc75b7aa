#include "annotator/builtin_methods.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "annotator/defs.h"

namespace krait::annotator {
namespace {

constexpr std::array<std::string_view, 11> kListMethods = {"append", "pop",    "insert", "extend",
                                                           "index",  "remove", "count",  "reverse",
                                                           "sort",   "copy",   "clear"};

constexpr std::array<std::string_view, 41> kStrMethods = {
    "split",       "rsplit",     "join",       "strip",        "lstrip",      "rstrip",
    "replace",     "startswith", "endswith",   "find",         "rfind",       "index",
    "rindex",      "count",      "upper",      "lower",        "capitalize",  "title",
    "swapcase",    "isdigit",    "isalpha",    "isalnum",      "isspace",     "isupper",
    "islower",     "splitlines", "partition",  "rpartition",   "ljust",       "rjust",
    "center",      "zfill",      "format",     "encode",       "isdecimal",   "isnumeric",
    "isprintable", "istitle",    "expandtabs", "removeprefix", "removesuffix"};

constexpr std::array<std::string_view, 10> kDictMethods = {
    "get", "setdefault", "pop", "popitem", "keys", "values", "items", "update", "copy", "clear"};

// A deque has a list's methods but sort, and these.
constexpr std::array<std::string_view, 4> kDequeMethods = {"appendleft", "popleft", "extendleft",
                                                           "rotate"};

constexpr std::array<std::string_view, 4> kCounterMethods = {"most_common", "elements", "subtract",
                                                             "total"};

// A frozenset has the ones that do not mutate (rules_sets.cc tells).
constexpr std::array<std::string_view, 17> kSetMethods = {"add",
                                                          "remove",
                                                          "discard",
                                                          "pop",
                                                          "clear",
                                                          "copy",
                                                          "update",
                                                          "union",
                                                          "intersection",
                                                          "intersection_update",
                                                          "difference",
                                                          "difference_update",
                                                          "symmetric_difference",
                                                          "symmetric_difference_update",
                                                          "issubset",
                                                          "issuperset",
                                                          "isdisjoint"};

// bytes; a bytearray has these and kByteArrayMethods.
constexpr std::array<std::string_view, 15> kBytesMethods = {
    "count",  "find",   "index",   "startswith", "endswith", "split", "join",  "strip",
    "lstrip", "rstrip", "replace", "upper",      "lower",    "hex",   "decode"};

constexpr std::array<std::string_view, 6> kByteArrayMethods = {"append", "extend", "pop",
                                                               "insert", "clear",  "reverse"};

constexpr std::array<std::string_view, 9> kFileMethods = {"read",     "readline",  "readlines",
                                                          "write",    "flush",     "close",
                                                          "getvalue", "__enter__", "__exit__"};

constexpr std::array<std::string_view, 8> kRePatternMethods = {
    "search", "match", "fullmatch", "findall", "finditer", "sub", "subn", "split"};

constexpr std::array<std::string_view, 7> kReMatchMethods = {
    "group", "groups", "groupdict", "start", "end", "span", "expand"};

template <size_t N>
bool contains(const std::array<std::string_view, N>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

}  // namespace

bool has_builtin_method(const Type& receiver, const std::string& name) {
  switch (receiver.kind) {
    case TypeKind::kList:
      if (resolve(receiver.list)->deque)
        return (contains(kListMethods, name) && name != "sort") || contains(kDequeMethods, name);
      return contains(kListMethods, name);
    case TypeKind::kStr:
      return contains(kStrMethods, name);
    case TypeKind::kDict:
      switch (resolve(receiver.dict)->flavor) {
        case DictFlavor::kCounter:
          return contains(kDictMethods, name) || contains(kCounterMethods, name);
        case DictFlavor::kOrderedDict:
          return contains(kDictMethods, name) || name == "move_to_end";
        default:
          return contains(kDictMethods, name);
      }
    case TypeKind::kSet:
      return contains(kSetMethods, name);
    case TypeKind::kFile:
      return contains(kFileMethods, name);
    case TypeKind::kRePattern:
      return contains(kRePatternMethods, name);
    case TypeKind::kReMatch:
      return contains(kReMatchMethods, name);
    case TypeKind::kBytes:
      return contains(kBytesMethods, name);
    case TypeKind::kByteArray:
      return contains(kBytesMethods, name) || contains(kByteArrayMethods, name);
    case TypeKind::kInt:
      return name == "to_bytes";
    case TypeKind::kTuple:
      return name == "count" || name == "index";
    default:
      return false;
  }
}

}  // namespace krait::annotator
