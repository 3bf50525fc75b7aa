// Tokens of Python 3.11, as the parser consumes them.
//
// Design: a token is a small value (type, byte range in the tokenizer's
// buffer, CPython location); its text is never copied. Hard keywords get a
// token type of their own, so the parser compares types only. Soft keywords
// (`match`, `case`, `_`) stay kName and are recognised by text. Operators the
// grammar never accepts (`!`, `$`, `?`, a backquote) become kErrorOp, which
// makes the parser report "invalid syntax" where CPython does.
#pragma once

#include <cstdint>
#include <string_view>

namespace krait::syntax {

// clang-format off
#define KRAIT_OPERATOR_TOKENS(X)                                                              \
  X(kLPar, "(") X(kRPar, ")") X(kLSqb, "[") X(kRSqb, "]") X(kColon, ":") X(kComma, ",")        \
  X(kSemi, ";") X(kPlus, "+") X(kMinus, "-") X(kStar, "*") X(kSlash, "/") X(kVBar, "|")       \
  X(kAmper, "&") X(kLess, "<") X(kGreater, ">") X(kEqual, "=") X(kDot, ".") X(kPercent, "%")  \
  X(kLBrace, "{") X(kRBrace, "}") X(kEqEqual, "==") X(kNotEqual, "!=") X(kLessEqual, "<=")    \
  X(kGreaterEqual, ">=") X(kTilde, "~") X(kCircumflex, "^") X(kLeftShift, "<<")               \
  X(kRightShift, ">>") X(kDoubleStar, "**") X(kPlusEqual, "+=") X(kMinEqual, "-=")            \
  X(kStarEqual, "*=") X(kSlashEqual, "/=") X(kPercentEqual, "%=") X(kAmperEqual, "&=")        \
  X(kVBarEqual, "|=") X(kCircumflexEqual, "^=") X(kLeftShiftEqual, "<<=")                     \
  X(kRightShiftEqual, ">>=") X(kDoubleStarEqual, "**=") X(kDoubleSlash, "//")                 \
  X(kDoubleSlashEqual, "//=") X(kAt, "@") X(kAtEqual, "@=") X(kRArrow, "->")                  \
  X(kEllipsis, "...") X(kColonEqual, ":=")

#define KRAIT_KEYWORD_TOKENS(X)                                                               \
  X(kFalse, "False") X(kNone, "None") X(kTrue, "True") X(kAnd, "and") X(kAs, "as")             \
  X(kAssert, "assert") X(kAsync, "async") X(kAwait, "await") X(kBreak, "break")               \
  X(kClass, "class") X(kContinue, "continue") X(kDef, "def") X(kDel, "del") X(kElif, "elif")  \
  X(kElse, "else") X(kExcept, "except") X(kFinally, "finally") X(kFor, "for")                 \
  X(kFrom, "from") X(kGlobal, "global") X(kIf, "if") X(kImport, "import") X(kIn, "in")        \
  X(kIs, "is") X(kLambda, "lambda") X(kNonlocal, "nonlocal") X(kNot, "not") X(kOr, "or")      \
  X(kPass, "pass") X(kRaise, "raise") X(kReturn, "return") X(kTry, "try")                     \
  X(kWhile, "while") X(kWith, "with") X(kYield, "yield")
// clang-format on

enum class Tok : uint8_t {
  kEndMarker,
  kName,
  kNumber,
  kString,
  kNewline,
  kIndent,
  kDedent,
  kErrorOp,
#define KRAIT_TOKEN_ENUM(name, text) name,
  KRAIT_OPERATOR_TOKENS(KRAIT_TOKEN_ENUM) KRAIT_KEYWORD_TOKENS(KRAIT_TOKEN_ENUM)
#undef KRAIT_TOKEN_ENUM
};

struct Token {
  Tok type = Tok::kEndMarker;
  uint32_t begin = 0;  // byte offsets of the token's text in the tokenizer's buffer
  uint32_t end = 0;
  int32_t lineno = 0;  // CPython's token location (what AST nodes are built from)
  int32_t col_offset = 0;
  int32_t end_lineno = 0;
  int32_t end_col_offset = 0;
};

// The spelling of an operator or keyword; a description for the others.
std::string_view token_text(Tok type);

// The keyword token for `word`, or kName.
Tok keyword_type(std::string_view word);

inline bool is_keyword(Tok type) {
  return type >= Tok::kFalse;
}

}  // namespace krait::syntax
