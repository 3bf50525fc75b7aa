// str operations and methods; expectations from CPython 3.11.
#include "runtime/str_methods.h"
#include "runtime/test_util.h"

namespace krait::rt {
namespace {

using testing::R;
using testing::S;

TEST(Str, LengthIndexSlice) {
  Str s("héllo wörld");
  EXPECT_EQ(s.len(), 11);
  EXPECT_EQ(S(s[1]), "é");
  EXPECT_EQ(S(s[-1]), "d");
  EXPECT_RAISES(s[11], IndexError, "IndexError: string index out of range");
  EXPECT_RAISES(s[-12], IndexError, "IndexError: string index out of range");
  EXPECT_EQ(S(str_slice(s, {1, 4})), "éll");
  EXPECT_EQ(S(str_slice(s, {std::nullopt, std::nullopt, -1})), "dlröw olléh");
  EXPECT_EQ(S(str_slice(Str("abcdef"), {-2, -100, -2})), "eca");
  EXPECT_EQ(S(str_slice(Str("abcdef"), {100, std::nullopt})), "");
  EXPECT_EQ(S(str_slice(Str("abcdef"), {1, std::nullopt, 3})), "be");
  EXPECT_RAISES(str_slice(Str("abc"), {1, 2, 0}), ValueError,
                "ValueError: slice step cannot be zero");
}

TEST(Str, ConcatRepeatCompareContains) {
  EXPECT_EQ(S(Str("ab") + Str("ç")), "abç");
  EXPECT_EQ(S(str_repeat(Str("ab"), 3)), "ababab");
  EXPECT_EQ(S(str_repeat(Str("ab"), -1)), "");
  EXPECT_TRUE(Str("abc") < Str("abd"));
  EXPECT_TRUE(Str("Z") < Str("a"));
  EXPECT_TRUE(Str("é") > Str("z"));
  EXPECT_TRUE(Str("ab") < Str("abc"));
  EXPECT_TRUE(str_contains(Str("hello"), Str("ell")));
  EXPECT_TRUE(str_contains(Str("hello"), Str("")));
  EXPECT_FALSE(str_contains(Str("hello"), Str("le")));
  EXPECT_TRUE(Str() == Str());
  EXPECT_FALSE(Str() == Str(""));
}

TEST(Str, Iteration) {
  std::string joined;
  for (Str c : Str("aé😀")) joined += S(c) + "|";
  EXPECT_EQ(joined, "a|é|😀|");
}

TEST(Str, Repr) {
  EXPECT_EQ(R(Str("it's")), "\"it's\"");
  EXPECT_EQ(R(Str("a\"b'c")), "'a\"b\\'c'");
  EXPECT_EQ(R(Str("tab\tnl\ncr\r\\ bell\x07 del\x7f")),
            "'tab\\tnl\\ncr\\r\\\\ bell\\x07 del\\x7f'");
  EXPECT_EQ(R(Str("é😀\u00a0\u200b\u2028\U000e0001")), "'é😀\\xa0\\u200b\\u2028\\U000e0001'");
  EXPECT_EQ(R(Str()), "None");
}

TEST(Str, Split) {
  EXPECT_EQ(R(str_split(Str("  a b\t\nc  "))), "['a', 'b', 'c']");
  EXPECT_EQ(R(str_split(Str("a b  c  "), Str(), 1)), "['a', 'b  c  ']");
  EXPECT_EQ(R(str_split(Str("a,b,,c"), Str(","))), "['a', 'b', '', 'c']");
  EXPECT_EQ(R(str_split(Str("a,b,,c"), Str(","), 2)), "['a', 'b', ',c']");
  EXPECT_EQ(R(str_split(Str(""), Str(","))), "['']");
  EXPECT_EQ(R(str_split(Str(""))), "[]");
  EXPECT_EQ(R(str_split(Str("a\x1c"
                            "b\u3000c"))),
            "['a', 'b', 'c']");
  EXPECT_RAISES(str_split(Str("a"), Str("")), ValueError, "ValueError: empty separator");
  EXPECT_EQ(R(str_rsplit(Str("  a b c"), Str(), 1)), "['  a b', 'c']");
  EXPECT_EQ(R(str_rsplit(Str("a,b,c"), Str(","), 1)), "['a,b', 'c']");
  EXPECT_EQ(R(str_rsplit(Str("a  b é  "), Str(), 5)), "['a', 'b', 'é']");
  EXPECT_EQ(R(str_splitlines(Str("a\nb\r\nc\rd\x0b"
                                 "e\u2028f\n"))),
            "['a', 'b', 'c', 'd', 'e', 'f']");
  EXPECT_EQ(R(str_splitlines(Str("a\r\nb\n"), true)), "['a\\r\\n', 'b\\n']");
}

TEST(Str, JoinStripReplace) {
  EXPECT_EQ(S(str_join(Str(", "), List<Str>::of({"a", "b", "c"}))), "a, b, c");
  EXPECT_EQ(S(str_join(Str("-"), List<Str>::make(0))), "");
  EXPECT_EQ(R(str_strip(Str(" \t x y \n"))), "'x y'");
  EXPECT_EQ(R(str_strip(Str("xxhixyx"), Str("xy"))), "'hi'");
  EXPECT_EQ(R(str_lstrip(Str("  hi  "))), "'hi  '");
  EXPECT_EQ(R(str_rstrip(Str("  hi  "))), "'  hi'");
  EXPECT_EQ(R(str_rstrip(Str("héé"), Str("é"))), "'h'");
  EXPECT_EQ(S(str_replace(Str("aaaa"), Str("a"), Str("bb"), 2)), "bbbbaa");
  EXPECT_EQ(S(str_replace(Str("ab"), Str(""), Str("-"))), "-a-b-");
  EXPECT_EQ(S(str_replace(Str("éa"), Str(""), Str("-"), 2)), "-é-a");
}

TEST(Str, Search) {
  Str s("héllo héllo");
  EXPECT_EQ(str_find(s, Str("llo")), 2);
  EXPECT_EQ(str_find(s, Str("llo"), 3), 8);
  EXPECT_EQ(str_find(s, Str("llo"), 3, 10), -1);
  EXPECT_EQ(str_rfind(s, Str("é")), 7);
  EXPECT_EQ(str_rfind(s, Str("é"), 0, 5), 1);
  EXPECT_EQ(str_find(Str("abc"), Str(""), 3), 3);
  EXPECT_EQ(str_find(Str("abc"), Str(""), 4), -1);
  EXPECT_EQ(str_find(Str("abc"), Str("c"), -1), 2);
  EXPECT_EQ(str_count(Str("aaaa"), Str("aa")), 2);
  EXPECT_EQ(str_count(Str("abc"), Str("")), 4);
  EXPECT_EQ(str_count(Str("abcabc"), Str("bc"), 2), 1);
  EXPECT_RAISES(str_index(Str("abc"), Str("z")), ValueError, "ValueError: substring not found");
  EXPECT_RAISES(str_rindex(Str("abc"), Str("z")), ValueError, "ValueError: substring not found");
  EXPECT_TRUE(str_startswith(Str("hello"), Str("he")));
  EXPECT_TRUE(str_startswith(Str("hello"), Str("ll"), 2));
  EXPECT_FALSE(str_endswith(Str("hello"), Str("lo"), 0, 4));
  EXPECT_TRUE(str_endswith(Str("hello"), List<Str>::of({"x", "lo"})));
  EXPECT_EQ(R(str_partition(Str("a=b=c"), Str("="))), "('a', '=', 'b=c')");
  EXPECT_EQ(R(str_rpartition(Str("a=b=c"), Str("="))), "('a=b', '=', 'c')");
  EXPECT_EQ(R(str_partition(Str("abc"), Str("="))), "('abc', '', '')");
  EXPECT_EQ(R(str_rpartition(Str("abc"), Str("="))), "('', '', 'abc')");
}

TEST(Str, Case) {
  EXPECT_EQ(S(str_upper(Str("straße ǆ"))), "STRASSE Ǆ");
  EXPECT_EQ(S(str_lower(Str("ΣΑΣ İ"))), "σας i̇");
  EXPECT_EQ(S(str_capitalize(Str("hELLO wORLD"))), "Hello world");
  EXPECT_EQ(S(str_capitalize(Str("ǆemal"))), "ǅemal");
  EXPECT_EQ(S(str_title(Str("hello wORLD it's 3rd"))), "Hello World It'S 3Rd");
  EXPECT_EQ(S(str_swapcase(Str("Hello ß"))), "hELLO SS");
}

TEST(Str, Predicates) {
  EXPECT_TRUE(str_isdigit(Str("123²")));
  EXPECT_FALSE(str_isdecimal(Str("123²")));
  EXPECT_TRUE(str_isnumeric(Str("½")));
  EXPECT_FALSE(str_isdigit(Str("")));
  EXPECT_TRUE(str_isalpha(Str("héllo")));
  EXPECT_FALSE(str_isalpha(Str("he llo")));
  EXPECT_TRUE(str_isalnum(Str("abc123")));
  EXPECT_TRUE(str_isspace(Str(" \t\n\x1c\u3000")));
  EXPECT_FALSE(str_isspace(Str("")));
  EXPECT_TRUE(str_isupper(Str("ABC1")));
  EXPECT_FALSE(str_isupper(Str("123")));
  EXPECT_TRUE(str_islower(Str("abc1")));
  EXPECT_FALSE(str_islower(Str("aBc")));
  EXPECT_TRUE(str_isprintable(Str("")));
  EXPECT_FALSE(str_isprintable(Str("a\n")));
}

TEST(Str, Padding) {
  EXPECT_EQ(S(str_ljust(Str("ab"), 5, Str("*"))), "ab***");
  EXPECT_EQ(S(str_rjust(Str("ab"), 5)), "   ab");
  EXPECT_EQ(S(str_center(Str("ab"), 7, Str("x"))), "xxxabxx");
  EXPECT_EQ(S(str_center(Str("abc"), 6)), " abc  ");
  EXPECT_EQ(S(str_center(Str("ab"), 5)), "  ab ");
  EXPECT_RAISES(str_center(Str("ab"), 7, Str("xy")), TypeError,
                "TypeError: The fill character must be exactly one character long");
  EXPECT_EQ(S(str_zfill(Str("-42"), 6)), "-00042");
  EXPECT_EQ(S(str_zfill(Str("42"), 1)), "42");
}

}  // namespace
}  // namespace krait::rt
