#include "translator/syntax/parser.h"

#include <algorithm>

#include "translator/syntax/unicode.h"

namespace krait::syntax {

Parser::Parser(const TokenStream& tokens, std::string_view text, Arena& arena)
    : tokens_(tokens.tokens), tokenizer_error_(tokens.error), text_(text), arena_(arena) {}

Parser::DepthGuard::DepthGuard(Parser& parser) : parser_(parser) {
  if (++parser_.depth_ > kMaxNestingDepth) {
    parser_.fail_at(parser_.peek(), "expression too deeply nested");
  }
}

void Parser::ChainDepth::step() {
  if (++parser_.depth_ > kMaxNestingDepth) {
    parser_.fail_at(parser_.peek(), "expression too deeply nested");
  }
}

void Parser::restore_state(const State& state) {
  pos_ = state.pos;
  last_end_lineno_ = state.last_end_lineno;
  last_end_col_ = state.last_end_col;
  bracket_depth_ = state.bracket_depth;
}

// CPython reports a lexical error as soon as the parser asks for the token
// where it happened.
const Token& Parser::peek(size_t ahead) {
  size_t index = pos_ + ahead;
  if (index >= tokens_.size()) {
    if (tokenizer_error_.kind != TokenizerError::Kind::kNone) fail_tokenizer();
    return tokens_.back();  // the end marker
  }
  if (index > furthest_) furthest_ = index;
  if (index > furthest_read_) furthest_read_ = index;
  return tokens_[index];
}

bool Parser::at_soft_keyword(std::string_view word) {
  return at(Tok::kName) && text_of(peek()) == word;
}

const Token& Parser::advance() {
  const Token& token = peek();
  if (token.type != Tok::kNewline && token.type != Tok::kIndent && token.type != Tok::kDedent &&
      token.type != Tok::kEndMarker) {
    last_end_lineno_ = token.end_lineno;
    last_end_col_ = token.end_col_offset;
  }
  if (token.type != Tok::kEndMarker) ++pos_;
  return token;
}

bool Parser::accept(Tok type) {
  if (!at(type)) return false;
  advance();
  return true;
}

const Token& Parser::expect(Tok type) {
  if (!at(type)) fail_generic();
  return advance();
}

const Token& Parser::expect_forced(Tok type) {
  if (!at(type)) {
    fail_at(peek(), "expected '" + std::string(token_text(type)) + "'");
  }
  return advance();
}

void Parser::expect_header_colon() {
  if (at(Tok::kNewline)) fail_at(peek(), "expected ':'");
  expect(Tok::kColon);
}

std::string_view Parser::text_of(const Token& token) const {
  return text_.substr(token.begin, token.end - token.begin);
}

ast::Location Parser::location_from(const Token& start) const {
  return {start.lineno, start.col_offset, last_end_lineno_, last_end_col_};
}

ast::Location Parser::location_from(const ast::Node& start) const {
  return {start.loc.lineno, start.loc.col_offset, last_end_lineno_, last_end_col_};
}

// Identifiers are NFKC-normalised when they are not pure ASCII.
ast::Identifier Parser::identifier(const Token& token) {
  std::string_view text = text_of(token);
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return arena_.copy_string(nfkc_normalize(text));
  }
  return text;
}

void Parser::fail_at(const Token& token, std::string message) {
  SyntaxFailure failure;
  failure.message = std::move(message);
  failure.lineno = token.lineno;
  failure.col_offset = token.col_offset;
  failure.end_lineno = token.end_lineno;
  failure.end_col_offset = token.end_col_offset;
  throw failure;
}

void Parser::fail_range(const ast::Location& at, std::string message) {
  SyntaxFailure failure;
  failure.message = std::move(message);
  failure.lineno = at.lineno;
  failure.col_offset = at.col_offset;
  failure.end_lineno = at.end_lineno;
  failure.end_col_offset = at.end_col_offset;
  throw failure;
}

void Parser::fail_range(const Token& from, const Token& to, std::string message) {
  fail_range({from.lineno, from.col_offset, to.end_lineno, to.end_col_offset}, std::move(message));
}

void Parser::fail_generic() {
  peek();
  const Token& token = tokens_[furthest_];
  if (token.type == Tok::kIndent || token.type == Tok::kDedent) {
    // CPython points at the last character of the indentation.
    SyntaxFailure failure;
    failure.message = token.type == Tok::kIndent ? "unexpected indent" : "unexpected unindent";
    failure.lineno = failure.end_lineno = token.lineno;
    failure.col_offset = failure.end_col_offset = token.col_offset > 0 ? token.col_offset - 1 : 0;
    failure.final = true;
    throw failure;
  }
  fail_at(token, "invalid syntax");
}

void Parser::fail_tokenizer() {
  SyntaxFailure failure;
  failure.message = tokenizer_error_.message;
  failure.lineno = tokenizer_error_.lineno;
  failure.col_offset = tokenizer_error_.col_offset;
  failure.end_lineno = tokenizer_error_.end_lineno;
  failure.end_col_offset = tokenizer_error_.end_col_offset;
  failure.from_tokenizer = true;
  failure.column_in_characters = tokenizer_error_.kind == TokenizerError::Kind::kLexical;
  throw failure;
}

// CPython, after a parser error, tokenizes the rest of the file: a lexical
// error found there replaces the parser's error, and so does an unclosed
// bracket opened on a line before that of the last token the parser read.
void Parser::resolve_error(SyntaxFailure* error) const {
  const TokenizerError& lexical = tokenizer_error_;
  if (error->from_tokenizer || error->final || tokens_.empty()) return;
  int last_read_line = tokens_[std::min(furthest_read_, tokens_.size() - 1)].lineno;
  bool replace =
      lexical.kind == TokenizerError::Kind::kLexical ||
      (lexical.kind == TokenizerError::Kind::kEofInBrackets && last_read_line > lexical.lineno);
  if (!replace) return;
  error->message = lexical.message;
  error->lineno = lexical.lineno;
  error->col_offset = lexical.col_offset;
  error->end_lineno = lexical.end_lineno;
  error->end_col_offset = lexical.end_col_offset;
  error->from_tokenizer = true;
  error->column_in_characters = lexical.kind == TokenizerError::Kind::kLexical;
}

ast::Module* Parser::parse_module(SyntaxFailure* error) {
  try {
    std::vector<ast::Stmt*> body;
    while (!at(Tok::kEndMarker)) parse_statement(body);
    auto* module = node<ast::Module>(ast::NodeKind::kModule, {});
    module->body = span(body);
    return module;
  } catch (SyntaxFailure& failure) {
    resolve_error(&failure);
    *error = std::move(failure);
    return nullptr;
  }
}

ast::Expr* Parser::parse_fstring_expression(SyntaxFailure* error) {
  try {
    ast::Expr* expr = parse_star_expressions();
    if (!at(Tok::kNewline) && !at(Tok::kEndMarker)) fail_generic();
    return expr;
  } catch (SyntaxFailure& failure) {
    resolve_error(&failure);
    *error = std::move(failure);
    return nullptr;
  }
}

}  // namespace krait::syntax
