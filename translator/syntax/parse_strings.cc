// String literals: implicit concatenation, bytes, and f-strings as CPython
// 3.11 builds them (Parser/string_parser.c), location quirks included:
//  - the Constant parts and FormattedValue nodes of a JoinedStr span the
//    whole concatenation (first to last string token), except that a format
//    spec's JoinedStr, and the text after its last replacement field, span
//    only the token that holds them;
//  - a replacement field's expression is parsed on its own, as the text
//    "(" + expression + ")", placed at the line and column of its `{` in
//    the file (CPython's fstring_find_expr_location), so nested nodes get
//    real locations;
//  - a Constant's `kind` is "u" when the first token starts with a
//    lowercase u.
// Errors in f-strings are reported at the token after the string, as
// CPython does.
#include <algorithm>
#include <cstdio>

#include "translator/syntax/literals.h"
#include "translator/syntax/parser.h"

namespace krait::syntax {

using ast::NodeKind;

namespace {

struct StringPrefix {
  bool bytes = false;
  bool raw = false;
  bool fstring = false;
  std::string_view body;  // between the quotes
};

StringPrefix split_string_token(std::string_view text) {
  StringPrefix result;
  size_t i = 0;
  for (; text[i] != '\'' && text[i] != '"'; ++i) {
    char c = text[i] | 0x20;
    result.bytes |= c == 'b';
    result.raw |= c == 'r';
    result.fstring |= c == 'f';
  }
  char quote = text[i];
  std::string_view body = text.substr(i + 1, text.size() - i - 2);
  if (body.size() >= 4 && body[0] == quote && body[1] == quote) {
    body = body.substr(2, body.size() - 4);
  }
  result.body = body;
  return result;
}

}  // namespace

// The state of CPython's FstringParser: pending literal text and the parts
// collected so far.
class FStringBuilder {
 public:
  FStringBuilder(Parser& parser, const Token& first, const Token& last)
      : parser_(parser), first_(first), last_(last) {}

  void add_literal(std::string_view text) { pending_ += text; }

  // Parses one f-string token body (CPython's ConcatFstring); `*s` advances.
  void add_fstring(const char** s, const char* end, bool raw, int level, const Token& token);

  ast::Expr* finish(const Token& first, const Token& last) {
    if (!fmode_) return string_node(first, last);
    if (!pending_.empty()) values_.push_back(string_node(first, last));
    auto* joined = parser_.node<ast::JoinedStr>(NodeKind::kJoinedStr, span_of(first, last));
    joined->values = parser_.span(values_);
    return joined;
  }

 private:
  static ast::Location span_of(const Token& first, const Token& last) {
    return {first.lineno, first.col_offset, last.end_lineno, last.end_col_offset};
  }

  ast::Constant* string_node(const Token& first, const Token& last) {
    auto* constant = parser_.node<ast::Constant>(NodeKind::kConstant, span_of(first, last));
    constant->value.kind = ast::ConstantValue::Kind::kStr;
    constant->value.text = parser_.arena_.copy_string(pending_);
    constant->kind_u = parser_.text_of(first_)[0] == 'u';
    pending_.clear();
    return constant;
  }

  [[noreturn]] void fail(const std::string& message) { parser_.fail_at(parser_.peek(), message); }

  void decode_literal(std::string_view text, bool raw) {
    std::string decoded;
    std::string error;
    if (!decode_str_body(text, raw, decoded, &error)) fail(error);
    pending_ += decoded;
  }

  int find_literal(const char** s, const char* end, bool raw, int level);
  ast::Expr* find_expression(const char** s, const char* end, bool raw, int level,
                             const Token& token);
  ast::Expr* compile_expression(const char* begin, const char* end, const Token& token);

  Parser& parser_;
  const Token& first_;
  const Token& last_;
  std::string pending_;
  std::vector<ast::Expr*> values_;
  bool fmode_ = false;
};

// CPython's fstring_find_literal: returns 1 when a doubled brace ended the
// literal (the caller continues), 0 otherwise.
int FStringBuilder::find_literal(const char** str, const char* end, bool raw, int level) {
  const char* s = *str;
  const char* literal_start = s;
  int result = 0;
  while (s < end) {
    char ch = *s++;
    if (!raw && ch == '\\' && s < end) {
      ch = *s++;
      if (ch == 'N') {
        if (s < end && *s++ == '{') {
          while (s < end && *s++ != '}') {
          }
          continue;
        }
        break;
      }
    }
    if (ch == '{' || ch == '}') {
      if (level == 0) {
        if (s < end && *s == ch) {
          *str = s + 1;
          result = 1;
          decode_literal(std::string_view(literal_start, s - literal_start), raw);
          return result;
        }
        if (ch == '}') {
          *str = s - 1;
          fail("f-string: single '}' is not allowed");
        }
      }
      --s;
      break;
    }
  }
  *str = s;
  if (literal_start != s) decode_literal(std::string_view(literal_start, s - literal_start), raw);
  return result;
}

ast::Expr* FStringBuilder::find_expression(const char** str, const char* end, bool raw, int level,
                                           const Token& token) {
  if (level >= 2) fail("f-string: expressions nested too deeply");
  *str += 1;  // the '{'
  const char* expr_start = *str;
  char quote_char = 0;
  int string_type = 0;
  int nested_depth = 0;
  char parens[kMaxBracketNesting];
  for (; *str < end; (*str)++) {
    char ch = **str;
    if (ch == '\\') fail("f-string expression part cannot include a backslash");
    if (quote_char) {
      if (ch == quote_char) {
        if (string_type == 3) {
          if (*str + 2 < end && (*str)[1] == ch && (*str)[2] == ch) {
            *str += 2;
            string_type = 0;
            quote_char = 0;
          }
        } else {
          string_type = 0;
          quote_char = 0;
        }
      }
    } else if (ch == '\'' || ch == '"') {
      if (*str + 2 < end && (*str)[1] == ch && (*str)[2] == ch) {
        string_type = 3;
        *str += 2;
      } else {
        string_type = 1;
      }
      quote_char = ch;
    } else if (ch == '[' || ch == '{' || ch == '(') {
      if (nested_depth >= kMaxBracketNesting) fail("f-string: too many nested parenthesis");
      parens[nested_depth++] = ch;
    } else if (ch == '#') {
      fail("f-string expression part cannot include '#'");
    } else if (nested_depth == 0 &&
               (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
      if (*str + 1 < end) {
        char next = (*str)[1];
        if ((ch == '!' && next == '=') || (ch == '=' && next == '=') ||
            (ch == '<' && next == '=') || (ch == '>' && next == '=')) {
          *str += 1;
          continue;
        }
        if (ch == '>' || ch == '<') continue;
      }
      break;
    } else if (ch == ']' || ch == '}' || ch == ')') {
      char message[256];
      if (nested_depth == 0) {
        std::snprintf(message, sizeof message, "f-string: unmatched '%c'", ch);
        fail(message);
      }
      char opening = parens[--nested_depth];
      if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') ||
            (opening == '{' && ch == '}'))) {
        std::snprintf(message, sizeof message,
                      "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'",
                      ch, opening);
        fail(message);
      }
    }
  }
  const char* expr_end = *str;
  if (quote_char) fail("f-string: unterminated string");
  if (nested_depth) {
    char message[256];
    std::snprintf(message, sizeof message, "f-string: unmatched '%c'", parens[nested_depth - 1]);
    fail(message);
  }
  if (*str >= end) fail("f-string: expecting '}'");

  ast::Expr* simple_expression = compile_expression(expr_start, expr_end, token);
  bool debug_text = false;
  if (**str == '=') {
    *str += 1;
    while (*str < end && (**str == ' ' || **str == '\t' || **str == '\n' || **str == '\r' ||
                          **str == '\f' || **str == '\v')) {
      *str += 1;
    }
    pending_.append(expr_start, *str - expr_start);
    debug_text = true;
  }
  int conversion = -1;
  if (*str < end && **str == '!') {
    *str += 1;
    if (*str >= end) fail("f-string: expecting '}'");
    conversion = static_cast<unsigned char>(**str);
    *str += 1;
    if (conversion != 's' && conversion != 'r' && conversion != 'a') {
      fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
  }
  if (*str >= end) fail("f-string: expecting '}'");
  ast::Expr* format_spec = nullptr;
  if (**str == ':') {
    *str += 1;
    if (*str >= end) fail("f-string: expecting '}'");
    FStringBuilder spec(parser_, first_, last_);
    spec.add_fstring(str, end, raw, level + 1, token);
    format_spec = spec.finish(token, token);
  }
  if (*str >= end || **str != '}') fail("f-string: expecting '}'");
  *str += 1;
  if (debug_text && format_spec == nullptr && conversion == -1) conversion = 'r';
  auto* value =
      parser_.node<ast::FormattedValue>(NodeKind::kFormattedValue, span_of(first_, last_));
  value->value = simple_expression;
  value->conversion = conversion;
  value->format_spec = format_spec;
  return value;
}

// Parses the replacement field's text as "(" + text + ")" where it stands in
// the file (CPython's fstring_compile_expr and fstring_find_expr_location).
ast::Expr* FStringBuilder::compile_expression(const char* begin, const char* end,
                                              const Token& token) {
  const char* s = begin;
  while (s != end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\f')) ++s;
  if (s == end) fail("f-string: empty expression not allowed");

  std::string_view token_text = parser_.text_of(token);
  const char* token_start = token_text.data();
  const char* brace = begin - 1;
  bool newline_after_brace = true;
  for (const char* p = begin; p < token_text.data() + token_text.size() && *p != '}' && *p != '\n';
       ++p) {
    if (*p != ' ' && *p != '\t' && *p != '\f') {
      newline_after_brace = false;
      break;
    }
  }
  int cols = 0;
  if (!newline_after_brace) {
    const char* line_start = brace;
    while (line_start > token_start && *line_start != '\n') --line_start;
    cols = static_cast<int>(brace - line_start);
    if (*line_start == '\n') --cols;
  }
  int lines = 0;
  for (const char* p = token_start; p < brace; ++p) lines += *p == '\n';

  std::string source;
  source.reserve(end - begin + 2);
  source += '(';
  source.append(begin, end - begin);
  source += ')';
  std::string_view buffer = parser_.arena_.copy_string(source);
  TokenizerOptions options;
  options.first_lineno = token.lineno + lines;
  options.first_line_col_shift = lines != 0 ? cols : token.col_offset + cols;
  TokenStream tokens = tokenize(buffer, options);
  Parser inner(tokens, buffer, parser_.arena_);
  inner.depth_ = parser_.depth_;
  SyntaxFailure failure;
  ast::Expr* expr = inner.parse_fstring_expression(&failure);
  if (expr == nullptr) {
    // CPython reports columns inside a replacement field relative to it.
    failure.message = "f-string: " + failure.message;
    if (failure.lineno == options.first_lineno) {
      failure.col_offset = std::max(0, failure.col_offset - options.first_line_col_shift);
    }
    throw failure;
  }
  return expr;
}

void FStringBuilder::add_fstring(const char** s, const char* end, bool raw, int level,
                                 const Token& token) {
  fmode_ = true;
  for (;;) {
    int result = find_literal(s, end, raw, level);
    if (result == 1) continue;
    if (*s >= end || **s == '}') break;
    ast::Expr* expression = find_expression(s, end, raw, level, token);
    if (!pending_.empty()) values_.push_back(string_node(first_, last_));
    values_.push_back(expression);
  }
  if (level != 0 && (*s >= end || **s != '}')) fail("f-string: expecting '}'");
}

ast::Expr* Parser::parse_strings() {
  size_t first_index = pos_;
  while (at(Tok::kString)) advance();
  const Token& first = tokens_[first_index];
  const Token& last = tokens_[pos_ - 1];
  FStringBuilder builder(*this, first, last);
  std::string bytes;
  bool bytes_mode = false;
  std::string decoded;
  std::string error;
  for (size_t i = first_index; i < pos_; ++i) {
    const Token& token = tokens_[i];
    StringPrefix prefix = split_string_token(text_of(token));
    if (i != first_index && prefix.bytes != bytes_mode) {
      fail_at(peek(), "cannot mix bytes and nonbytes literals");
    }
    bytes_mode = prefix.bytes;
    if (prefix.fstring) {
      const char* s = prefix.body.data();
      builder.add_fstring(&s, s + prefix.body.size(), prefix.raw, 0, token);
      continue;
    }
    decoded.clear();
    bool ok = prefix.bytes ? decode_bytes_body(prefix.body, prefix.raw, decoded, &error)
                           : decode_str_body(prefix.body, prefix.raw, decoded, &error);
    if (!ok) fail_at(peek(), error);
    if (prefix.bytes) {
      bytes += decoded;
    } else {
      builder.add_literal(decoded);
    }
  }
  if (bytes_mode) {
    auto* constant =
        node<ast::Constant>(NodeKind::kConstant,
                            {first.lineno, first.col_offset, last.end_lineno, last.end_col_offset});
    constant->value.kind = ast::ConstantValue::Kind::kBytes;
    constant->value.text = arena_.copy_string(bytes);
    return constant;
  }
  return builder.finish(first, last);
}

}  // namespace krait::syntax
