// The re module's runtime: the Python-to-PCRE2 translation (what each
// dialect spells differently, which groups a match may leave unset) and
// the scans. Expectations are CPython 3.11's.
#include "runtime/re_module.h"
#include "runtime/test_util.h"

namespace krait::rt {
namespace {

using testing::R;
using testing::S;

std::string error_of(std::string_view pattern, int64_t flags = 0) {
  re_syntax::CompiledRegex r = re_syntax::compile_regex(pattern, flags);
  if (r.code != nullptr) pcre2_code_free(r.code);
  return r.error + " at " + std::to_string(r.error_position);
}

std::vector<bool> optional_groups(std::string_view pattern) {
  re_syntax::CompiledRegex r = re_syntax::compile_regex(pattern, 0);
  if (r.code != nullptr) pcre2_code_free(r.code);
  return r.optional;
}

TEST(ReSyntax, ErrorsAsCPython) {
  EXPECT_EQ(error_of(R"(\p{L})"), "bad escape \\p at 0");
  EXPECT_EQ(error_of("(a"), "missing ), unterminated subpattern at 0");
  EXPECT_EQ(error_of("a**"), "multiple repeat at 2");
  EXPECT_EQ(error_of("x{3}{2}"), "multiple repeat at 4");
  EXPECT_EQ(error_of(R"((a\1))"), "cannot refer to an open group at 2");
  EXPECT_EQ(error_of("[z-a]"), "bad character range z-a at 1");
  EXPECT_EQ(error_of("(?i)a(?m)"), "global flags not at the start of the expression at 5");
  EXPECT_EQ(error_of("(?<n>a)"), "unknown extension ?<n at 1");
}

TEST(ReSyntax, FlagsAndGroups) {
  re_syntax::CompiledRegex r = re_syntax::compile_regex("(?ix)(?P<a> x )(y)", 0);
  ASSERT_NE(r.code, nullptr);
  pcre2_code_free(r.code);
  EXPECT_EQ(r.flags, re_syntax::kIgnoreCase | re_syntax::kVerbose | re_syntax::kUnicode);
  EXPECT_EQ(r.groups, 2);
  ASSERT_EQ(r.names.size(), 1u);
  EXPECT_EQ(r.names[0].first, "a");
}

TEST(ReSyntax, OptionalGroups) {
  EXPECT_EQ(optional_groups("(a)(b)"), (std::vector<bool>{false, false, false}));
  EXPECT_EQ(optional_groups("(a)|(b)"), (std::vector<bool>{false, true, true}));
  EXPECT_EQ(optional_groups("(a)(?:(b)c)?"), (std::vector<bool>{false, false, true}));
  EXPECT_EQ(optional_groups("((a)|b)+"), (std::vector<bool>{false, false, true}));
  EXPECT_EQ(optional_groups("(a)*(b){0,2}(c){1,2}"), (std::vector<bool>{false, true, true, false}));
  EXPECT_EQ(optional_groups("x(?!(a))"), (std::vector<bool>{false, true}));
}

TEST(Re, SearchAndGroups) {
  ReMatch* m = re_compile(Str(R"((\d+)-(\d+)?)"))->search(Str("ab 12- cd"));
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(R(m), "<re.Match object; span=(3, 6), match='12-'>");
  EXPECT_EQ(R(m->groups<2>()), "('12', None)");
  EXPECT_EQ(R(m->span(2)), "(-1, -1)");
  EXPECT_EQ(re_compile(Str("x"))->match(Str("yx")), nullptr);
  EXPECT_RAISES(m->group(3), IndexError, "IndexError: no such group");
}

TEST(Re, CodePointIndices) {
  ReMatches it = re_compile(Str(R"(\w+)"))->finditer(Str("naïve café — über"));
  std::string spans;
  ReMatch* m = nullptr;
  while (it.next(m)) spans += S(m->span()) + " ";
  EXPECT_EQ(spans, "(0, 5) (6, 10) (13, 17) ");
}

TEST(Re, EmptyMatchesAsCPython) {
  RePattern* xs = re_compile(Str("x*"));
  EXPECT_EQ(S(xs->sub(Str("-"), Str("abxd"))), "-a-b--d-");
  EXPECT_EQ(R(re_compile(Str(R"(\b)"))->split(Str("two words"))), "['', 'two', ' ', 'words', '']");
  EXPECT_EQ(R(re_compile(Str("a{,2}"))->findall(Str("aaa"))), "['aa', 'a', '']");
}

TEST(Re, Templates) {
  RePattern* p = re_compile(Str(R"((?P<a>\w)(\w))"));
  EXPECT_EQ(S(p->sub(Str(R"(\2\g<a>\n)"), Str("abcd"))), "ba\ndc\n");
  EXPECT_RAISES(p->sub(Str(R"(\q)"), Str("ab")), re::error,
                "re.error: bad escape \\q at position 0");
  EXPECT_RAISES(p->sub(Str(R"(\3)"), Str("ab")), re::error,
                "re.error: invalid group reference 3 at position 1");
}

TEST(Re, CompileErrorsRaise) {
  EXPECT_RAISES(re_compile(Str("[a")), re::error,
                "re.error: unterminated character set at position 0");
  EXPECT_EQ(R(re_compile(Str("a"), re_syntax::kIgnoreCase)), "re.compile('a', re.IGNORECASE)");
}

}  // namespace
}  // namespace krait::rt
