// Parser: Python 3.11 tokens to the AST of ast.h.
//
// Design: recursive descent over the token array, one method per grammar
// rule of CPython's python.gram, with precedence climbing written out as one
// method per precedence level (disjunction, conjunction, inversion,
// comparison, bitwise_or ... power, await, primary, atom). The grammar is
// LL(1) almost everywhere; where CPython's PEG grammar relies on ordered
// choice, the parser either decides with a few tokens of lookahead (keyword
// arguments `NAME '='`, walrus `NAME ':='`) or backtracks: it saves the token
// position, tries one alternative speculatively and restores on failure (the
// `match` soft keyword, parenthesised `with` items). Assignment targets are
// parsed as expressions and then checked and given a Store/Del context, the
// way CPython's error rules name the offending node ("cannot assign to
// literal").
//
// Locations follow CPython's rule: a node spans from the first token of its
// rule to the last significant token consumed (NEWLINE, INDENT and DEDENT do
// not count), so a BinOp whose left operand is parenthesised starts at the
// parenthesis while the operand itself does not.
//
// Errors: the first syntax error ends the parse. Internally it is thrown as
// a SyntaxFailure and caught by `parse_module`/`parse_fstring_expression` or
// by a speculative alternative; nothing escapes the parser. The messages and
// places are CPython's: specific messages where CPython's `invalid_*` rules
// give one, otherwise "invalid syntax" at the furthest token looked at (the
// token CPython's first pass stopped on). Which of the tokenizer's error and
// the parser's error CPython reports is decided in `resolve_error`. Nesting
// deeper than kMaxNestingDepth is an error, so no input exhausts the stack.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "translator/syntax/arena.h"
#include "translator/syntax/ast.h"
#include "translator/syntax/tokenizer.h"

namespace krait::syntax {

struct SyntaxFailure {
  std::string message;
  int lineno = 0;
  int col_offset = 0;  // 0-based byte column
  int end_lineno = 0;
  int end_col_offset = 0;
  bool from_tokenizer = false;  // speculation never swallows these
  // CPython gives its tokenizer's own errors in characters; every other
  // column in UTF-8 bytes (plus one) unless the file declares an encoding.
  bool column_in_characters = false;
  // "unexpected indent": CPython reports it without looking further for a
  // lexical error.
  bool final = false;
};

// Deepest nesting of expressions (and of chains such as `a.b.c` or `1+2+3`,
// which nest in the tree); CPython 3.11 gives up between 1,000 and 3,000.
inline constexpr int kMaxNestingDepth = 2000;

// How CPython's error messages name an expression ("literal", "function
// call", ...), as its _PyPegen_get_expr_name.
const char* expression_name(const ast::Expr* e);

class Parser {
 public:
  // `text` is the buffer the tokens index into; it must outlive the AST.
  Parser(const TokenStream& tokens, std::string_view text, Arena& arena);

  // Returns null and fills `error` on a syntax error.
  ast::Module* parse_module(SyntaxFailure* error);
  // The "(expression)" of an f-string replacement field (CPython's
  // fstring rule); returns null and fills `error` on a syntax error.
  ast::Expr* parse_fstring_expression(SyntaxFailure* error);

 private:
  // One level of nesting for as long as it lives.
  class DepthGuard {
   public:
    explicit DepthGuard(Parser& parser);
    ~DepthGuard() { --parser_.depth_; }

   private:
    Parser& parser_;
  };
  // For loops that build left-nested chains: each step() is one more level,
  // all given back when the budget dies.
  class ChainDepth {
   public:
    explicit ChainDepth(Parser& parser) : parser_(parser), saved_(parser.depth_) {}
    ~ChainDepth() { parser_.depth_ = saved_; }
    void step();

   private:
    Parser& parser_;
    int saved_;
  };

  // Everything a speculative alternative must put back when it fails.
  struct State {
    size_t pos;
    int last_end_lineno;
    int last_end_col;
    int bracket_depth;
  };
  State save_state() const { return {pos_, last_end_lineno_, last_end_col_, bracket_depth_}; }
  void restore_state(const State& state);

  // ---- tokens (parser.cc)
  const Token& peek(size_t ahead = 0);
  Tok peek_type(size_t ahead = 0) { return peek(ahead).type; }
  bool at(Tok type) { return peek_type() == type; }
  bool at_soft_keyword(std::string_view word);
  const Token& advance();
  bool accept(Tok type);
  const Token& expect(Tok type);
  const Token& expect_forced(Tok type);  // "expected ':'"
  // The ':' of a header where CPython says "expected ':'" only before a
  // NEWLINE (if, while, for, with, class, except, match, case).
  void expect_header_colon();
  std::string_view text_of(const Token& token) const;
  ast::Location location_from(const Token& start) const;
  ast::Location location_from(const ast::Node& start) const;
  ast::Identifier identifier(const Token& token);

  // ---- errors (parser.cc)
  [[noreturn]] void fail_at(const Token& token, std::string message);
  [[noreturn]] void fail_range(const ast::Location& at, std::string message);
  [[noreturn]] void fail_range(const Token& from, const Token& to, std::string message);
  [[noreturn]] void fail_generic();
  [[noreturn]] void fail_tokenizer();
  void resolve_error(SyntaxFailure* error) const;

  // A zeroed node of struct T; the caller fills in the fields.
  template <class T>
  T* node(ast::NodeKind kind, const ast::Location& loc) {
    T* result = arena_.make<T>();
    result->kind = kind;
    result->loc = loc;
    return result;
  }
  template <class T>
  Span<T> span(const std::vector<T>& items) {
    return arena_.copy_span(items);
  }

  // ---- targets (targets.cc)
  // Gives `target` (and its elements) the context, or fails with CPython's
  // message naming the first node that cannot be a target.
  void set_context(ast::Expr* target, ast::ExprContext ctx);
  const ast::Expr* invalid_target(const ast::Expr* target, ast::ExprContext ctx) const;
  [[noreturn]] void fail_invalid_target(const ast::Expr* target, ast::ExprContext ctx,
                                        const ast::Expr* whole);

  // ---- statements (parse_statements.cc)
  void parse_statement(std::vector<ast::Stmt*>& out);
  void parse_simple_statements(std::vector<ast::Stmt*>& out);
  ast::Stmt* parse_simple_statement();
  ast::Stmt* parse_expression_statement();
  ast::Stmt* parse_compound_statement();
  Span<ast::Stmt*> parse_block(const char* after, const Token& header);
  ast::Stmt* parse_return();
  ast::Stmt* parse_raise();
  ast::Stmt* parse_global_or_nonlocal();
  ast::Stmt* parse_del();
  ast::Stmt* parse_assert();
  ast::Stmt* parse_import();
  ast::Stmt* parse_import_from();
  ast::alias* parse_dotted_alias();
  ast::Stmt* parse_decorated();
  ast::Stmt* parse_function_def(const Token& start, Span<ast::Expr*> decorators);
  ast::Stmt* parse_class_def(const Token& start, Span<ast::Expr*> decorators);
  ast::Stmt* parse_if(bool is_elif);
  Span<ast::Stmt*> parse_else_block();
  ast::Stmt* parse_while();
  ast::Stmt* parse_for(const Token& start, bool is_async);
  ast::Stmt* parse_with(const Token& start, bool is_async);
  bool try_parenthesized_with_items(std::vector<ast::withitem*>& items);
  ast::withitem* parse_with_item();
  ast::Stmt* parse_try();
  ast::ExceptHandler* parse_except_block(bool* is_star);
  ast::Stmt* try_parse_match();
  ast::match_case* parse_case_block();

  // ---- expressions (parse_expressions.cc)
  ast::Expr* parse_star_expressions();
  ast::Expr* parse_star_expression();
  ast::Expr* parse_starred_expression();
  ast::Expr* parse_star_named_expression();
  ast::Expr* parse_named_expression();
  ast::Expr* parse_expression();
  ast::Expr* parse_disjunction();
  ast::Expr* parse_conjunction();
  ast::Expr* parse_inversion();
  ast::Expr* parse_comparison();
  ast::Expr* parse_binary(int level);
  ast::Expr* parse_factor();
  ast::Expr* parse_power();
  ast::Expr* parse_await_primary();
  ast::Expr* parse_primary();
  ast::Expr* parse_primary_trailers(ast::Expr* value, const Token& start);
  ast::Expr* parse_atom();
  ast::Expr* parse_paren_atom();
  ast::Expr* parse_list_atom();
  ast::Expr* parse_brace_atom();
  ast::Expr* parse_slices();
  ast::Expr* parse_slice();
  ast::Expr* parse_yield_expression();
  ast::Expr* parse_lambda();
  Span<ast::comprehension*> parse_comprehension_clauses();
  ast::Expr* parse_star_targets();
  ast::Expr* parse_target_element();
  ast::Expr* parse_name();
  bool starts_expression(Tok type);
  void check_unparenthesized_comprehension_target(const ast::Expr* first);
  void check_missing_comma(const ast::Expr* before, const Token& before_start);

  // ---- arguments and parameters (parse_arguments.cc)
  ast::Expr* parse_call(ast::Expr* func, const Token& start);
  ast::arguments* parse_parameters(bool is_lambda, Tok closer);
  ast::arg* parse_parameter(bool is_lambda, bool star_annotation);

  // ---- patterns (parse_patterns.cc)
  ast::Pattern* parse_patterns();
  ast::Pattern* parse_pattern();
  ast::Pattern* parse_or_pattern();
  ast::Pattern* parse_closed_pattern();
  ast::Pattern* parse_sequence_pattern(Tok closer, const Token& start);
  ast::Pattern* parse_mapping_pattern();
  ast::Pattern* parse_class_pattern(ast::Expr* cls, const Token& start);
  ast::Pattern* parse_star_pattern();
  ast::Expr* parse_signed_number();
  ast::Expr* parse_literal_expression();
  ast::Expr* parse_name_or_attribute();
  ast::Pattern* pattern_from_value(ast::Expr* value);
  ast::Identifier parse_capture_name();

  // ---- strings (parse_strings.cc)
  ast::Expr* parse_strings();

  const std::vector<Token>& tokens_;
  const TokenizerError& tokenizer_error_;
  std::string_view text_;
  Arena& arena_;
  size_t pos_ = 0;
  // The furthest token looked at: where CPython reports "invalid syntax".
  size_t furthest_ = 0;
  // The furthest token looked at, speculative alternatives included.
  size_t furthest_read_ = 0;
  // End of the last significant token consumed.
  int last_end_lineno_ = 1;
  int last_end_col_ = 0;
  int depth_ = 0;
  int bracket_depth_ = 0;  // brackets open around the current expression
  bool reading_after_missing_comma_ = false;

  friend class FStringBuilder;
};

}  // namespace krait::syntax
