#include "translator/syntax/tokenizer.h"

#include <cstdio>
#include <cstring>

#include "translator/syntax/unicode.h"

namespace krait::syntax {
namespace {

constexpr int kTabSize = 8;
constexpr int kEof = -1;

bool is_digit(int c) {
  return c >= '0' && c <= '9';
}
bool is_hex_digit(int c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
bool is_identifier_start_byte(int c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}
bool is_identifier_byte(int c) {
  return is_identifier_start_byte(c) || is_digit(c);
}

class Scanner {
 public:
  Scanner(std::string_view text, const TokenizerOptions& options) : text_(text), options_(options) {
    indents_[0] = 0;
    alt_indents_[0] = 0;
  }

  TokenStream run() {
    while (out_.error.kind == TokenizerError::Kind::kNone) {
      if (!next_token()) break;
    }
    return std::move(out_);
  }

 private:
  int peek(size_t ahead = 0) const {
    size_t i = pos_ + ahead;
    return i < text_.size() ? static_cast<unsigned char>(text_[i]) : kEof;
  }
  int get() {
    int c = peek();
    if (c != kEof) ++pos_;
    return c;
  }
  void start_new_line() {
    ++lineno_;
    line_start_ = pos_;
  }

  // Records a token [begin, pos_) that started on line `lineno` at `line_start`.
  void emit(Tok type, size_t begin, int lineno, size_t line_start) {
    Token token;
    token.type = type;
    token.begin = static_cast<uint32_t>(begin);
    token.end = static_cast<uint32_t>(pos_);
    token.lineno = lineno + options_.first_lineno - 1;
    token.end_lineno = lineno_ + options_.first_lineno - 1;
    token.col_offset = static_cast<int>(begin - line_start);
    token.end_col_offset = static_cast<int>(pos_ - line_start_);
    if (lineno_ == 1) {
      token.col_offset += options_.first_line_col_shift;
      token.end_col_offset += options_.first_line_col_shift;
    }
    out_.tokens.push_back(token);
  }
  void emit(Tok type, size_t begin) { emit(type, begin, lineno_, line_start_); }

  // Byte column of the character just before `at` on the current line, as
  // CPython's "offset = characters up to the cursor".
  int column_before(size_t at) const {
    if (at <= line_start_) return 0;
    size_t p = at - 1;
    while (p > line_start_ && (static_cast<unsigned char>(text_[p]) & 0xC0) == 0x80) --p;
    return static_cast<int>(p - line_start_);
  }

  void fail(TokenizerError::Kind kind, std::string message, int lineno, int col, int end_col) {
    TokenizerError& e = out_.error;
    e.kind = kind;
    e.message = std::move(message);
    e.lineno = lineno + options_.first_lineno - 1;
    e.end_lineno = e.lineno;
    int shift = lineno == 1 ? options_.first_line_col_shift : 0;
    e.col_offset = col + shift;
    e.end_col_offset = end_col + shift;
  }
  // CPython's syntaxerror(): reported at the character before the cursor.
  bool lexical_error(std::string message) {
    int col = column_before(pos_);
    fail(TokenizerError::Kind::kLexical, std::move(message), lineno_, col, col);
    return false;
  }

  bool next_token();
  bool at_line_start();
  bool scan_name_or_string();
  bool scan_string(size_t begin, size_t prefix_end);
  bool scan_number(size_t begin);
  bool decimal_tail();
  bool verify_end_of_number(const char* kind);
  bool scan_operator(size_t begin);
  bool finish();

  std::string_view text_;
  TokenizerOptions options_;
  TokenStream out_;
  size_t pos_ = 0;
  size_t line_start_ = 0;
  int lineno_ = 1;
  bool at_bol_ = true;
  bool blank_line_ = false;
  int indent_ = 0;
  int indents_[kMaxIndentDepth + 1];
  int alt_indents_[kMaxIndentDepth + 1];
  int pending_ = 0;  // > 0: INDENTs to emit, < 0: DEDENTs
  int level_ = 0;
  char bracket_[kMaxBracketNesting];
  int bracket_line_[kMaxBracketNesting];
  int bracket_col_[kMaxBracketNesting];
};

// Measures the indentation of a new logical line and queues INDENT/DEDENT.
bool Scanner::at_line_start() {
  at_bol_ = false;
  int col = 0;
  int alt_col = 0;
  int cont_line_col = 0;
  for (;;) {
    int c = peek();
    if (c == ' ') {
      ++col, ++alt_col;
    } else if (c == '\t') {
      col = (col / kTabSize + 1) * kTabSize;
      ++alt_col;
    } else if (c == '\f') {
      col = alt_col = 0;
    } else if (c == '\\' && peek(1) == '\n') {
      // Indentation cannot be split over lines: the first backslash decides.
      cont_line_col = cont_line_col ? cont_line_col : col;
      pos_ += 2;
      start_new_line();
      continue;
    } else {
      break;
    }
    ++pos_;
  }
  int c = peek();
  blank_line_ = c == '#' || c == '\n' || c == kEof;
  if (blank_line_ || level_ > 0) return true;
  if (cont_line_col) col = alt_col = cont_line_col;
  auto indent_error = [&]() {
    fail(TokenizerError::Kind::kIndentation, "inconsistent use of tabs and spaces in indentation",
         lineno_, 0, 0);
    return false;
  };
  if (col == indents_[indent_]) {
    if (alt_col != alt_indents_[indent_]) return indent_error();
  } else if (col > indents_[indent_]) {
    if (indent_ + 1 >= kMaxIndentDepth) {
      fail(TokenizerError::Kind::kIndentation, "too many levels of indentation", lineno_, 0, 0);
      return false;
    }
    if (alt_col <= alt_indents_[indent_]) return indent_error();
    ++pending_;
    indents_[++indent_] = col;
    alt_indents_[indent_] = alt_col;
  } else {
    while (indent_ > 0 && col < indents_[indent_]) {
      --pending_;
      --indent_;
    }
    if (col != indents_[indent_]) {
      size_t eol = text_.find('\n', pos_);
      int end =
          static_cast<int>((eol == std::string_view::npos ? text_.size() : eol) - line_start_);
      fail(TokenizerError::Kind::kIndentation,
           "unindent does not match any outer indentation level", lineno_, end, end);
      return false;
    }
    if (alt_col != alt_indents_[indent_]) return indent_error();
  }
  return true;
}

bool Scanner::next_token() {
  if (at_bol_ && !at_line_start()) return false;
  if (pending_ != 0) {
    emit(pending_ < 0 ? Tok::kDedent : Tok::kIndent, pos_);
    pending_ += pending_ < 0 ? 1 : -1;
    return true;
  }
  for (;;) {
    int c = peek();
    while (c == ' ' || c == '\t' || c == '\f') {
      ++pos_;
      c = peek();
    }
    if (c == '#') {
      while (c != '\n' && c != kEof) {
        ++pos_;
        c = peek();
      }
    }
    if (c == kEof) return finish();
    size_t begin = pos_;
    if (is_identifier_start_byte(c)) return scan_name_or_string();
    if (c == '\n') {
      ++pos_;
      bool skip = blank_line_ || level_ > 0;
      if (!skip) emit(Tok::kNewline, begin);
      start_new_line();
      at_bol_ = true;
      blank_line_ = false;
      if (!skip) return true;
      if (!at_line_start()) return false;
      if (pending_ != 0) return next_token();
      continue;
    }
    if (c == '.' && is_digit(peek(1))) return scan_number(begin);
    if (is_digit(c)) return scan_number(begin);
    if (c == '\'' || c == '"') return scan_string(begin, begin);
    if (c == '\\') {
      ++pos_;
      if (peek() == kEof) {
        fail(TokenizerError::Kind::kEof, "unexpected EOF while parsing", lineno_,
             static_cast<int>(pos_ - line_start_), static_cast<int>(pos_ - line_start_));
        return false;
      }
      if (peek() != '\n') {
        int col = static_cast<int>(pos_ - line_start_);
        fail(TokenizerError::Kind::kIndentation,
             "unexpected character after line continuation character", lineno_, col, col);
        return false;
      }
      int after_backslash = static_cast<int>(pos_ - line_start_);
      ++pos_;
      start_new_line();
      if (peek() == kEof) {
        fail(TokenizerError::Kind::kEof, "unexpected EOF while parsing", lineno_ - 1,
             after_backslash, after_backslash);
        return false;
      }
      continue;
    }
    return scan_operator(begin);
  }
}

// End of input: the implicit NEWLINE, DEDENTs and ENDMARKER, or an error
// for open brackets.
bool Scanner::finish() {
  if (level_ > 0) {
    char message[256];
    std::snprintf(message, sizeof message, "'%c' was never closed", bracket_[level_ - 1]);
    int line = bracket_line_[level_ - 1];
    int col = bracket_col_[level_ - 1];
    fail(TokenizerError::Kind::kEofInBrackets, message, line, col, col);
    return false;
  }
  // CPython places the end-of-file tokens at the end of the last line (a
  // final newline does not start another line).
  if (pos_ > 0 && text_[pos_ - 1] == '\n') {
    --pos_;
    --lineno_;
    line_start_ = text_.rfind('\n', pos_ - (pos_ > 0 ? 1 : 0));
    line_start_ = pos_ == 0 || line_start_ == std::string_view::npos ? 0 : line_start_ + 1;
  }
  if (!out_.tokens.empty() && out_.tokens.back().type != Tok::kNewline &&
      out_.tokens.back().type != Tok::kDedent && out_.tokens.back().type != Tok::kIndent) {
    emit(Tok::kNewline, pos_);
  }
  while (indent_ > 0) {
    emit(Tok::kDedent, pos_);
    --indent_;
  }
  emit(Tok::kEndMarker, pos_);
  return false;
}

bool Scanner::scan_name_or_string() {
  size_t begin = pos_;
  bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
  for (;;) {
    int c = peek();
    if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B')) {
      saw_b = true;
    } else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U')) {
      saw_u = true;
    } else if (!(saw_r || saw_u) && (c == 'r' || c == 'R')) {
      saw_r = true;
    } else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F')) {
      saw_f = true;
    } else {
      break;
    }
    ++pos_;
    if (peek() == '"' || peek() == '\'') return scan_string(begin, pos_);
  }
  bool non_ascii = false;
  while (is_identifier_byte(peek())) {
    non_ascii |= peek() >= 128;
    ++pos_;
  }
  if (non_ascii) {
    // CPython's verify_identifier: decode, then find the first character
    // that cannot be part of an identifier.
    size_t p = begin;
    bool first = true;
    while (p < pos_) {
      DecodedChar ch = decode_utf8_char(text_, p);
      if (ch.length == 0) {
        char message[256];
        std::snprintf(message, sizeof message,
                      "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %zu: %s",
                      static_cast<unsigned char>(text_[p]), p - begin, utf8_error_reason(text_, p));
        int col = static_cast<int>(begin - line_start_);
        fail(TokenizerError::Kind::kLexical, message, lineno_, col, col);
        return false;
      }
      bool ok = first ? is_identifier_start(ch.code_point) : is_identifier_continue(ch.code_point);
      if (!ok) {
        char message[256];
        if (is_printable(ch.code_point)) {
          std::string spelled(text_.substr(p, ch.length));
          std::snprintf(message, sizeof message, "invalid character '%s' (U+%04X)", spelled.c_str(),
                        static_cast<unsigned>(ch.code_point));
        } else {
          std::snprintf(message, sizeof message, "invalid non-printable character U+%04X",
                        static_cast<unsigned>(ch.code_point));
        }
        pos_ = p + ch.length;
        return lexical_error(message);
      }
      first = false;
      p += ch.length;
    }
  }
  std::string_view word = text_.substr(begin, pos_ - begin);
  emit(keyword_type(word), begin);
  return true;
}

bool Scanner::scan_string(size_t begin, size_t prefix_end) {
  int start_line = lineno_;
  size_t start_line_start = line_start_;
  pos_ = prefix_end;
  int quote = get();
  int quote_size = 1;
  if (peek() == quote && peek(1) == quote) {
    pos_ += 2;
    quote_size = 3;
  } else if (peek() == quote) {
    ++pos_;  // the empty string
    emit(Tok::kString, begin, start_line, start_line_start);
    return true;
  }
  int end_quotes = 0;
  while (end_quotes != quote_size) {
    int c = get();
    if (c == kEof || (quote_size == 1 && c == '\n')) {
      // A file's final newline does not start another line.
      int detected_at = c == kEof && pos_ > 0 && text_[pos_ - 1] == '\n' ? lineno_ - 1 : lineno_;
      char message[256];
      std::snprintf(message, sizeof message,
                    quote_size == 3
                        ? "unterminated triple-quoted string literal (detected at line %d)"
                        : "unterminated string literal (detected at line %d)",
                    detected_at + options_.first_lineno - 1);
      int col = static_cast<int>(begin - start_line_start);
      fail(TokenizerError::Kind::kLexical, message, start_line, col, col);
      return false;
    }
    if (c == quote) {
      ++end_quotes;
      continue;
    }
    end_quotes = 0;
    if (c == '\n') {
      start_new_line();
    } else if (c == '\\') {
      int next = get();
      if (next == '\n') start_new_line();
    }
  }
  emit(Tok::kString, begin, start_line, start_line_start);
  return true;
}

// CPython's tok_decimal_tail: digits with single underscores between them.
bool Scanner::decimal_tail() {
  for (;;) {
    while (is_digit(peek())) ++pos_;
    if (peek() != '_') return true;
    ++pos_;
    if (!is_digit(peek())) return lexical_error("invalid decimal literal");
  }
}

// CPython's verify_end_of_number: a number may be followed directly by one
// of the keywords that can follow it in valid code, not by other letters.
bool Scanner::verify_end_of_number(const char* kind) {
  auto next_is = [&](const char* word) {
    return text_.compare(pos_, std::strlen(word), word) == 0;
  };
  int c = peek();
  bool keyword_follows = false;
  if (c == 'a') {
    keyword_follows = next_is("and");
  } else if (c == 'e') {
    keyword_follows = next_is("else");
  } else if (c == 'f') {
    keyword_follows = next_is("for");
  } else if (c == 'i') {
    int c2 = peek(1);
    keyword_follows = c2 == 'f' || c2 == 'n' || c2 == 's';
  } else if (c == 'o') {
    keyword_follows = next_is("or");
  } else if (c == 'n') {
    keyword_follows = next_is("not");
  }
  if (keyword_follows || !is_identifier_byte(c)) return true;
  char message[256];
  std::snprintf(message, sizeof message, "invalid %s literal", kind);
  return lexical_error(message);
}

bool Scanner::scan_number(size_t begin) {
  auto radix_literal = [&](const char* kind, auto is_radix_digit) {
    ++pos_;  // the x, o or b
    for (;;) {
      if (peek() == '_') ++pos_;
      if (!is_radix_digit(peek())) {
        if (is_digit(peek()) && kind[0] != 'h') {
          char message[256];
          std::snprintf(message, sizeof message, "invalid digit '%c' in %s literal", peek(), kind);
          ++pos_;
          return lexical_error(message);
        }
        char message[256];
        std::snprintf(message, sizeof message, "invalid %s literal", kind);
        return lexical_error(message);
      }
      while (is_radix_digit(peek())) ++pos_;
      if (peek() != '_') break;
    }
    if (is_digit(peek()) && kind[0] != 'h') {
      char message[256];
      std::snprintf(message, sizeof message, "invalid digit '%c' in %s literal", peek(), kind);
      ++pos_;
      return lexical_error(message);
    }
    if (!verify_end_of_number(kind)) return false;
    emit(Tok::kNumber, begin);
    return true;
  };
  auto exponent_fraction_imaginary = [&](bool seen_dot) -> bool {
    if (seen_dot && is_digit(peek()) && !decimal_tail()) return false;
    int c = peek();
    if (c == 'e' || c == 'E') {
      size_t e_pos = pos_;
      ++pos_;
      c = peek();
      if (c == '+' || c == '-') {
        ++pos_;
        if (!is_digit(peek())) return lexical_error("invalid decimal literal");
      } else if (!is_digit(c)) {
        pos_ = e_pos;
        if (!verify_end_of_number("decimal")) return false;
        emit(Tok::kNumber, begin);
        return true;
      }
      if (!decimal_tail()) return false;
    }
    if (peek() == 'j' || peek() == 'J') {
      ++pos_;
      if (!verify_end_of_number("imaginary")) return false;
    } else if (!verify_end_of_number("decimal")) {
      return false;
    }
    emit(Tok::kNumber, begin);
    return true;
  };

  if (peek() == '.') {
    ++pos_;
    return exponent_fraction_imaginary(true);
  }
  if (peek() == '0') {
    int c = peek(1);
    if (c == 'x' || c == 'X') {
      ++pos_;
      return radix_literal("hexadecimal", is_hex_digit);
    }
    if (c == 'o' || c == 'O') {
      ++pos_;
      return radix_literal("octal", [](int d) { return d >= '0' && d <= '7'; });
    }
    if (c == 'b' || c == 'B') {
      ++pos_;
      return radix_literal("binary", [](int d) { return d == '0' || d == '1'; });
    }
    // Zeros, possibly followed by other digits (only valid as a float).
    bool nonzero = false;
    ++pos_;
    for (;;) {
      if (peek() == '_') {
        ++pos_;
        if (!is_digit(peek())) return lexical_error("invalid decimal literal");
      }
      if (peek() != '0') break;
      ++pos_;
    }
    size_t zeros_end = pos_;
    if (is_digit(peek())) {
      nonzero = true;
      if (!decimal_tail()) return false;
    }
    c = peek();
    if (c == '.') {
      ++pos_;
      return exponent_fraction_imaginary(true);
    }
    if (c == 'e' || c == 'E' || c == 'j' || c == 'J') return exponent_fraction_imaginary(false);
    if (nonzero) {
      int col = static_cast<int>(begin - line_start_);
      fail(TokenizerError::Kind::kLexical,
           "leading zeros in decimal integer literals are not permitted; use an 0o prefix for "
           "octal integers",
           lineno_, col, static_cast<int>(zeros_end - line_start_));
      return false;
    }
    if (!verify_end_of_number("decimal")) return false;
    emit(Tok::kNumber, begin);
    return true;
  }
  if (!decimal_tail()) return false;
  if (peek() == '.') {
    ++pos_;
    return exponent_fraction_imaginary(true);
  }
  return exponent_fraction_imaginary(false);
}

bool Scanner::scan_operator(size_t begin) {
  int c = get();
  int c2 = peek();
  int c3 = peek(1);
  Tok type = Tok::kErrorOp;
  int extra = 0;
  auto with_equal = [&](Tok plain, Tok equal) {
    if (c2 == '=') {
      extra = 1;
      return equal;
    }
    return plain;
  };
  switch (c) {
    case '(':
      type = Tok::kLPar;
      break;
    case ')':
      type = Tok::kRPar;
      break;
    case '[':
      type = Tok::kLSqb;
      break;
    case ']':
      type = Tok::kRSqb;
      break;
    case '{':
      type = Tok::kLBrace;
      break;
    case '}':
      type = Tok::kRBrace;
      break;
    case ',':
      type = Tok::kComma;
      break;
    case ';':
      type = Tok::kSemi;
      break;
    case '~':
      type = Tok::kTilde;
      break;
    case ':':
      type = with_equal(Tok::kColon, Tok::kColonEqual);
      break;
    case '+':
      type = with_equal(Tok::kPlus, Tok::kPlusEqual);
      break;
    case '%':
      type = with_equal(Tok::kPercent, Tok::kPercentEqual);
      break;
    case '&':
      type = with_equal(Tok::kAmper, Tok::kAmperEqual);
      break;
    case '|':
      type = with_equal(Tok::kVBar, Tok::kVBarEqual);
      break;
    case '^':
      type = with_equal(Tok::kCircumflex, Tok::kCircumflexEqual);
      break;
    case '@':
      type = with_equal(Tok::kAt, Tok::kAtEqual);
      break;
    case '=':
      type = with_equal(Tok::kEqual, Tok::kEqEqual);
      break;
    case '!':
      type = with_equal(Tok::kErrorOp, Tok::kNotEqual);
      break;
    case '-':
      if (c2 == '>') {
        type = Tok::kRArrow, extra = 1;
      } else {
        type = with_equal(Tok::kMinus, Tok::kMinEqual);
      }
      break;
    case '*':
      if (c2 == '*') {
        type = c3 == '=' ? Tok::kDoubleStarEqual : Tok::kDoubleStar;
        extra = c3 == '=' ? 2 : 1;
      } else {
        type = with_equal(Tok::kStar, Tok::kStarEqual);
      }
      break;
    case '/':
      if (c2 == '/') {
        type = c3 == '=' ? Tok::kDoubleSlashEqual : Tok::kDoubleSlash;
        extra = c3 == '=' ? 2 : 1;
      } else {
        type = with_equal(Tok::kSlash, Tok::kSlashEqual);
      }
      break;
    case '<':
      if (c2 == '<') {
        type = c3 == '=' ? Tok::kLeftShiftEqual : Tok::kLeftShift;
        extra = c3 == '=' ? 2 : 1;
      } else if (c2 == '>') {
        type = Tok::kErrorOp, extra = 1;  // "<>": only valid under barry_as_FLUFL
      } else {
        type = with_equal(Tok::kLess, Tok::kLessEqual);
      }
      break;
    case '>':
      if (c2 == '>') {
        type = c3 == '=' ? Tok::kRightShiftEqual : Tok::kRightShift;
        extra = c3 == '=' ? 2 : 1;
      } else {
        type = with_equal(Tok::kGreater, Tok::kGreaterEqual);
      }
      break;
    case '.':
      if (c2 == '.' && c3 == '.') {
        type = Tok::kEllipsis, extra = 2;
      } else {
        type = Tok::kDot;
      }
      break;
    default:
      break;
  }
  pos_ += extra;
  char message[256];
  switch (c) {
    case '(':
    case '[':
    case '{':
      if (level_ >= kMaxBracketNesting) return lexical_error("too many nested parentheses");
      bracket_[level_] = static_cast<char>(c);
      bracket_line_[level_] = lineno_;
      bracket_col_[level_] = static_cast<int>(begin - line_start_);
      ++level_;
      break;
    case ')':
    case ']':
    case '}': {
      if (level_ == 0) {
        std::snprintf(message, sizeof message, "unmatched '%c'", c);
        return lexical_error(message);
      }
      --level_;
      int opening = bracket_[level_];
      if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') ||
            (opening == '{' && c == '}'))) {
        if (bracket_line_[level_] != lineno_) {
          std::snprintf(message, sizeof message,
                        "closing parenthesis '%c' does not match opening parenthesis '%c' on line "
                        "%d",
                        c, opening, bracket_line_[level_] + options_.first_lineno - 1);
        } else {
          std::snprintf(message, sizeof message,
                        "closing parenthesis '%c' does not match opening parenthesis '%c'", c,
                        opening);
        }
        return lexical_error(message);
      }
      break;
    }
    default:
      if (c < 32 || c == 127) {
        std::snprintf(message, sizeof message, "invalid non-printable character U+%04X", c);
        return lexical_error(message);
      }
      break;
  }
  emit(type, begin);
  return true;
}

}  // namespace

TokenStream tokenize(std::string_view text, const TokenizerOptions& options) {
  Scanner scanner(text, options);
  return scanner.run();
}

}  // namespace krait::syntax
