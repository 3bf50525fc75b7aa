// Python's regular-expression syntax, translated to PCRE2's and compiled.
//
// Contract: `compile_regex(pattern, flags)` reads a Python `re` pattern (UTF-8)
// with Python's flags (re.I, re.M, re.S, re.X, re.A, re.U, and the inline
// `(?aimsux)` at the start) and returns PCRE2 code that matches what
// CPython's `re` matches, or the error CPython's `re.compile` raises, with
// its message and position (in code points) for the errors Python's parser
// reports (bad escapes, unbalanced parentheses, nothing to repeat, group
// references, character ranges, group names ...). Errors only PCRE2 finds
// keep PCRE2's wording. The translation rewrites what the two dialects spell
// differently (\Z, \u, \U, \N{...}, \v, octal and back-references, `{,n}`,
// `[` inside a class, verbose mode) and rejects what PCRE2 alone accepts
// (\p, \K, \Q, `(?<name>`...), so a pattern means the same on both.
//
// Both the annotator (constant patterns: errors at translation time, the
// number of groups) and the runtime (re.compile at run time) use it, so
// they agree on every pattern. The caller owns `code` (pcre2_code_free).
#pragma once

#ifndef PCRE2_CODE_UNIT_WIDTH
#define PCRE2_CODE_UNIT_WIDTH 8  // UTF-8 strings
#endif
#include <pcre2.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace krait::re_syntax {

// CPython's re flag values.
constexpr int64_t kIgnoreCase = 2;
constexpr int64_t kLocale = 4;
constexpr int64_t kMultiline = 8;
constexpr int64_t kDotAll = 16;
constexpr int64_t kUnicode = 32;
constexpr int64_t kVerbose = 64;
constexpr int64_t kAscii = 256;

struct CompiledRegex {
  pcre2_code* code = nullptr;  // null on error
  // Pattern.flags: the given and inline flags, with re.UNICODE unless re.ASCII.
  int64_t flags = 0;
  int64_t groups = 0;                                  // capturing groups
  std::vector<std::pair<std::string, int64_t>> names;  // named groups, in order
  // optional[g]: group g (1..groups) may be unset in a successful match (it
  // sits in an alternative, under a quantifier that allows zero, or in a
  // negative lookaround); index 0 is unused.
  std::vector<bool> optional;
  std::string error;            // CPython's message
  int64_t error_position = -1;  // in code points
};

// `anchoring` is 0, PCRE2_ANCHORED (match) or PCRE2_ANCHORED|PCRE2_ENDANCHORED
// (fullmatch): compiled in, so the JIT runs them too.
CompiledRegex compile_regex(std::string_view pattern, int64_t flags, uint32_t anchoring = 0);

// re.escape: a backslash before each character special in patterns.
std::string escape(std::string_view text);

}  // namespace krait::re_syntax
