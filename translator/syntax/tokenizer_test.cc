#include "translator/syntax/tokenizer.h"

#include <gtest/gtest.h>

#include <vector>

namespace krait::syntax {
namespace {

std::vector<Tok> types(std::string_view text) {
  std::vector<Tok> result;
  TokenStream stream = tokenize(text);
  EXPECT_EQ(stream.error.kind, TokenizerError::Kind::kNone) << stream.error.message;
  for (const Token& token : stream.tokens) result.push_back(token.type);
  return result;
}

TEST(Tokenizer, IndentationAndBlankLines) {
  using enum Tok;
  EXPECT_EQ(types("if x:\n\n  # comment\n\ty\nz\n"),
            (std::vector<Tok>{kIf, kName, kColon, kNewline, kIndent, kName, kNewline, kDedent,
                              kName, kNewline, kEndMarker}));
}

TEST(Tokenizer, LineJoiningAndImplicitNewline) {
  using enum Tok;
  EXPECT_EQ(types("x = (1,\n  2) + \\\n 3"),
            (std::vector<Tok>{kName, kEqual, kLPar, kNumber, kComma, kNumber, kRPar, kPlus, kNumber,
                              kNewline, kEndMarker}));
}

TEST(Tokenizer, StringsNumbersAndOperators) {
  using enum Tok;
  EXPECT_EQ(types("Rb'x' f\"{a}\" '''a\nb''' 0x_1f 1_0.5e-3j ... ->:= **= //= !="),
            (std::vector<Tok>{kString, kString, kString, kNumber, kNumber, kEllipsis, kRArrow,
                              kColonEqual, kDoubleStarEqual, kDoubleSlashEqual, kNotEqual, kNewline,
                              kEndMarker}));
  EXPECT_EQ(types("ur'x'")[0], kName);  // `ur` is not a prefix
  EXPECT_EQ(types("1if x else 2")[1], kIf);
}

TEST(Tokenizer, Locations) {
  TokenStream stream = tokenize("x = '''a\nbc'''  # c\n");
  const Token& string = stream.tokens[2];
  EXPECT_EQ(string.lineno, 1);
  EXPECT_EQ(string.col_offset, 4);
  EXPECT_EQ(string.end_lineno, 2);
  EXPECT_EQ(string.end_col_offset, 5);
}

TEST(Tokenizer, ShiftForReplacementFields) {
  TokenizerOptions options;
  options.first_lineno = 7;
  options.first_line_col_shift = 10;
  TokenStream stream = tokenize("(a\n+b)", options);
  EXPECT_EQ(stream.tokens[1].lineno, 7);
  EXPECT_EQ(stream.tokens[1].col_offset, 11);
  EXPECT_EQ(stream.tokens[3].lineno, 8);
  EXPECT_EQ(stream.tokens[3].col_offset, 1);
}

TokenizerError error_of(std::string_view text) {
  return tokenize(text).error;
}

TEST(Tokenizer, Errors) {
  TokenizerError tabs = error_of("if x:\n        a\n\tb\n");
  EXPECT_EQ(tabs.message, "inconsistent use of tabs and spaces in indentation");
  EXPECT_EQ(tabs.lineno, 3);

  TokenizerError dedent = error_of("if x:\n  y\n z\n");
  EXPECT_EQ(dedent.message, "unindent does not match any outer indentation level");
  EXPECT_EQ(dedent.kind, TokenizerError::Kind::kIndentation);

  TokenizerError unclosed = error_of("x = [1,\n2\n");
  EXPECT_EQ(unclosed.kind, TokenizerError::Kind::kEofInBrackets);
  EXPECT_EQ(unclosed.message, "'[' was never closed");
  EXPECT_EQ(unclosed.lineno, 1);
  EXPECT_EQ(unclosed.col_offset, 4);

  EXPECT_EQ(error_of("s = 'abc\n").message, "unterminated string literal (detected at line 1)");
  EXPECT_EQ(error_of("s = '''abc\n\n").message,
            "unterminated triple-quoted string literal (detected at line 2)");
  EXPECT_EQ(error_of("x = 1_\n").message, "invalid decimal literal");
  EXPECT_EQ(error_of("x = 0b12\n").message, "invalid digit '2' in binary literal");
  EXPECT_EQ(error_of("x = 012\n").message,
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for "
            "octal integers");
  EXPECT_EQ(error_of("x = (]\n").message,
            "closing parenthesis ']' does not match opening parenthesis '('");
  EXPECT_EQ(error_of("€ = 1\n").message, "invalid character '€' (U+20AC)");
  std::string deep(kMaxBracketNesting + 1, '(');
  EXPECT_EQ(error_of(deep).message, "too many nested parentheses");
}

}  // namespace
}  // namespace krait::syntax
