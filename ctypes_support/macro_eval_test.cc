// Values of object-like macros: C's integer rules, strings, what is dropped.
#include "ctypes_support/macro_eval.h"

#include <gtest/gtest.h>

namespace krait::ctypes_support {
namespace {

// Splits C text into tokens the way the reader hands them over.
std::vector<MacroToken> lex(const std::string& text) {
  std::vector<MacroToken> tokens;
  size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (c == ' ') {
      ++i;
      continue;
    }
    size_t start = i;
    MacroToken::Kind kind = MacroToken::Kind::kPunct;
    if (std::isdigit(static_cast<unsigned char>(c))) {
      while (i < text.size() && std::isalnum(static_cast<unsigned char>(text[i]))) ++i;
      kind = MacroToken::Kind::kNumber;
    } else if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
      while (i < text.size() &&
             (std::isalnum(static_cast<unsigned char>(text[i])) || text[i] == '_'))
        ++i;
      kind = MacroToken::Kind::kIdentifier;
    } else if (c == '"' || c == '\'') {
      for (++i; i < text.size() && text[i] != c; ++i) {
        if (text[i] == '\\') ++i;
      }
      ++i;
      kind = c == '"' ? MacroToken::Kind::kString : MacroToken::Kind::kChar;
    } else {
      static const char* kTwo[] = {"<<", ">>", "<=", ">=", "==", "!=", "&&", "||"};
      i += 1;
      for (const char* two : kTwo) {
        if (text.compare(start, 2, two) == 0) i = start + 2;
      }
    }
    tokens.push_back(MacroToken{kind, text.substr(start, i - start)});
  }
  return tokens;
}

std::vector<CMacro> evaluate(const std::vector<std::pair<std::string, std::string>>& defines,
                             const std::map<std::string, int64_t>& enums = {}) {
  std::vector<RawMacro> raw;
  for (const auto& [name, text] : defines) raw.push_back(RawMacro{name, lex(text), {}, true});
  return evaluate_macros(raw, enums);
}

std::optional<CMacro> one(const std::string& text) {
  std::vector<CMacro> result = evaluate({{"M", text}});
  if (result.empty()) return std::nullopt;
  return result[0];
}

int64_t value(const std::string& text) {
  std::optional<CMacro> m = one(text);
  EXPECT_TRUE(m.has_value()) << text;
  EXPECT_EQ(m ? m->kind : CMacro::Kind::kString, CMacro::Kind::kInteger) << text;
  return m ? m->int_value : -999;
}

TEST(MacroEvalTest, Literals) {
  EXPECT_EQ(value("42"), 42);
  EXPECT_EQ(value("0x1F"), 31);
  EXPECT_EQ(value("017"), 15);
  EXPECT_EQ(value("0"), 0);
  EXPECT_EQ(value("10UL"), 10);
  EXPECT_EQ(value("'A'"), 65);
  EXPECT_EQ(value("'\\n'"), 10);
  EXPECT_FALSE(one("1.5").has_value());
  EXPECT_FALSE(one("08").has_value());
  EXPECT_FALSE(one("").has_value());
}

TEST(MacroEvalTest, CIntegerRules) {
  EXPECT_EQ(value("(1 << 4) | 3"), 19);
  EXPECT_EQ(value("-7 / 2"), -3);  // truncates toward zero
  EXPECT_EQ(value("-7 % 2"), -1);
  EXPECT_EQ(value("2 + 3 * 4"), 14);
  EXPECT_EQ(value("1 ? 5 : 6"), 5);
  EXPECT_EQ(value("!0 + (3 > 2) + (2 >= 3)"), 2);
  std::optional<CMacro> not_zero = one("~0U");
  ASSERT_TRUE(not_zero.has_value());
  EXPECT_TRUE(not_zero->is_unsigned);
  EXPECT_EQ(not_zero->int_value, 4294967295);  // unsigned int is 32-bit
  EXPECT_EQ(value("~0"), -1);
  EXPECT_EQ(value("-1L"), -1);
  EXPECT_EQ(value("0x7fffffff + 1"), -2147483648LL);  // int arithmetic wraps
  EXPECT_EQ(value("0x7fffffffL + 1"), 2147483648LL);
  EXPECT_EQ(value("0xffffffff"), 4294967295LL);         // unsigned int
  EXPECT_EQ(value("-1 < 0U"), 0);                       // -1 becomes unsigned
  EXPECT_EQ(value("-1L < 0U"), 1);                      // 0U becomes long
  EXPECT_FALSE(one("(unsigned char)300").has_value());  // only int and long casts
}

TEST(MacroEvalTest, CastsAndFailures) {
  EXPECT_EQ(value("(long)1 << 40"), 1LL << 40);
  EXPECT_EQ(value("(unsigned)-1"), 4294967295LL);
  EXPECT_FALSE(one("1 / 0").has_value());
  EXPECT_FALSE(one("1 << 40").has_value());  // shift past int's width
  EXPECT_FALSE(one("foo(1)").has_value());
  EXPECT_FALSE(one("int").has_value());
  EXPECT_FALSE(one("(1").has_value());
}

TEST(MacroEvalTest, NamesAndStrings) {
  std::vector<CMacro> result = evaluate({{"A", "B + 1"},
                                         {"B", "RED * 10"},
                                         {"LOOP", "LOOP + 1"},
                                         {"S", "\"ab\" \"c\\n\\x41\\101\""},
                                         {"TYPE", "unsigned long"},
                                         {"EMPTY", ""}},
                                        {{"RED", 2}});
  ASSERT_EQ(result.size(), 3u);
  EXPECT_EQ(result[0].name, "A");
  EXPECT_EQ(result[0].int_value, 21);
  EXPECT_EQ(result[0].replacement, "B + 1");
  EXPECT_EQ(result[1].int_value, 20);
  EXPECT_EQ(result[2].name, "S");
  EXPECT_EQ(result[2].kind, CMacro::Kind::kString);
  EXPECT_EQ(result[2].string_value, "abc\nAA");
  EXPECT_FALSE(one("L\"wide\"").has_value());
}

TEST(MacroEvalTest, JoinTokens) {
  EXPECT_EQ(join_tokens(lex("( -1 )")), "(-1)");
  EXPECT_EQ(join_tokens(lex("(1<<4)")), "(1 << 4)");
  EXPECT_EQ(join_tokens(lex("A - 1")), "A - 1");
}

}  // namespace
}  // namespace krait::ctypes_support
