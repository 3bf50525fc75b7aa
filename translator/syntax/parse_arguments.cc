// Call arguments and the parameter lists of `def` and `lambda`.
#include "translator/syntax/parser.h"

namespace krait::syntax {

using ast::NodeKind;

// `func(...)`; also used for class bases with func == nullptr. A lone
// generator expression argument takes the call's parentheses as its own.
ast::Expr* Parser::parse_call(ast::Expr* func, const Token& start) {
  DepthGuard guard(*this);
  const Token& lpar = expect(Tok::kLPar);
  ++bracket_depth_;
  std::vector<ast::Expr*> args;
  std::vector<ast::keyword*> keywords;
  const ast::keyword* first_unpacking = nullptr;  // the first `**mapping`
  bool seen_keyword = false;
  const char* misplaced_positional = nullptr;
  while (!at(Tok::kRPar)) {
    const Token& arg_start = peek();
    if (at(Tok::kStar)) {
      ast::Expr* starred = parse_starred_expression();
      if (first_unpacking != nullptr) {
        fail_range(first_unpacking->loc,
                   "iterable argument unpacking follows keyword argument unpacking");
      }
      args.push_back(starred);
    } else if (at(Tok::kDoubleStar)) {
      advance();
      ast::Expr* value = parse_expression();
      auto* kw = node<ast::keyword>(NodeKind::kkeyword, location_from(arg_start));
      kw->value = value;
      keywords.push_back(kw);
      if (first_unpacking == nullptr) first_unpacking = kw;
    } else if (at(Tok::kName) && peek_type(1) == Tok::kEqual) {
      advance();
      advance();
      ast::Expr* value = parse_expression();
      auto* kw = node<ast::keyword>(NodeKind::kkeyword, location_from(arg_start));
      kw->arg_name = identifier(arg_start);
      kw->value = value;
      keywords.push_back(kw);
      seen_keyword = true;
    } else {
      ast::Expr* value = parse_named_expression();
      if (func == nullptr && at(Tok::kFor)) fail_generic();  // class bases
      if (at(Tok::kFor) || (at(Tok::kAsync) && peek_type(1) == Tok::kFor)) {
        Span<ast::comprehension*> generators = parse_comprehension_clauses();
        bool alone = args.empty() && keywords.empty() && at(Tok::kRPar);
        if (!alone || func == nullptr) {
          fail_range(location_from(arg_start), "Generator expression must be parenthesized");
        }
        --bracket_depth_;
        advance();
        auto* genexp = node<ast::GeneratorExp>(NodeKind::kGeneratorExp, location_from(lpar));
        genexp->elt = value;
        genexp->generators = generators;
        auto* call = node<ast::Call>(NodeKind::kCall, location_from(start));
        call->func = func;
        ast::Expr* only_argument = genexp;
        call->args = arena_.copy_span(&only_argument, 1);
        return call;
      }
      if (at(Tok::kEqual)) {
        if (value->kind == NodeKind::kConstant) {
          fail_range(value->loc, std::string("cannot assign to ") + expression_name(value));
        }
        fail_range(value->loc, "expression cannot contain assignment, perhaps you meant \"==\"?");
      }
      if (misplaced_positional == nullptr) {
        if (first_unpacking != nullptr) {
          misplaced_positional = "positional argument follows keyword argument unpacking";
        } else if (seen_keyword) {
          misplaced_positional = "positional argument follows keyword argument";
        }
      }
      args.push_back(value);
    }
    if (!accept(Tok::kComma)) break;
  }
  // CPython reports a misplaced positional argument once it has read all
  // the arguments, at the token after them.
  if (misplaced_positional != nullptr) fail_at(peek(), misplaced_positional);
  --bracket_depth_;
  expect(Tok::kRPar);
  auto* call = node<ast::Call>(NodeKind::kCall, location_from(start));
  call->func = func;
  call->args = span(args);
  call->keywords = span(keywords);
  return call;
}

ast::arg* Parser::parse_parameter(bool is_lambda, bool star_annotation) {
  const Token& name = expect(Tok::kName);
  ast::Expr* annotation = nullptr;
  if (!is_lambda && accept(Tok::kColon)) {
    annotation = star_annotation && at(Tok::kStar) ? parse_star_expression() : parse_expression();
  }
  auto* param = node<ast::arg>(NodeKind::karg, location_from(name));
  param->arg_name = identifier(name);
  param->annotation = annotation;
  return param;
}

// CPython's parameters/lambda_params: positional-only before `/`,
// keyword-only after `*` or `*args`, then `**kwargs`.
ast::arguments* Parser::parse_parameters(bool is_lambda, Tok closer) {
  std::vector<ast::arg*> posonly;
  std::vector<ast::arg*> args;
  std::vector<ast::Expr*> defaults;
  std::vector<ast::arg*> kwonly;
  std::vector<ast::Expr*> kw_defaults;
  ast::arg* vararg = nullptr;
  ast::arg* kwarg = nullptr;
  bool seen_slash = false;
  bool seen_star = false;
  const Token* bare_star = nullptr;
  while (!at(closer)) {
    if (kwarg != nullptr) fail_at(peek(), "arguments cannot follow var-keyword argument");
    if (at(Tok::kSlash)) {
      if (seen_slash) fail_at(peek(), "/ may appear only once");
      if (seen_star) fail_at(peek(), "/ must be ahead of *");
      if (args.empty()) fail_at(peek(), "at least one argument must precede /");
      advance();
      seen_slash = true;
      posonly = std::move(args);
      args.clear();
    } else if (at(Tok::kStar)) {
      if (seen_star) fail_at(peek(), "* argument may appear only once");
      const Token& star = advance();
      seen_star = true;
      // CPython points at the star in a def, at the token after it in a lambda.
      if (at(closer)) fail_at(is_lambda ? peek() : star, "named arguments must follow bare *");
      if (at(Tok::kComma)) {
        if (peek_type(1) == closer || peek_type(1) == Tok::kDoubleStar) {
          fail_at(is_lambda ? peek(1) : star, "named arguments must follow bare *");
        }
        bare_star = &star;
      } else {
        vararg = parse_parameter(is_lambda, true);
        if (at(Tok::kEqual)) fail_at(peek(), "var-positional argument cannot have default value");
      }
    } else if (at(Tok::kDoubleStar)) {
      advance();
      kwarg = parse_parameter(is_lambda, false);
      if (at(Tok::kEqual)) fail_at(peek(), "var-keyword argument cannot have default value");
    } else if (at(Tok::kLPar)) {
      fail_at(peek(), is_lambda ? "Lambda expression parameters cannot be parenthesized"
                                : "Function parameters cannot be parenthesized");
    } else {
      ast::arg* param = parse_parameter(is_lambda, false);
      ast::Expr* default_value = accept(Tok::kEqual) ? parse_expression() : nullptr;
      if (seen_star) {
        kwonly.push_back(param);
        kw_defaults.push_back(default_value);
      } else {
        if (default_value != nullptr) {
          defaults.push_back(default_value);
        } else if (!defaults.empty()) {
          fail_range(param->loc, "non-default argument follows default argument");
        }
        args.push_back(param);
      }
    }
    if (!accept(Tok::kComma)) break;
  }
  if (bare_star != nullptr && kwonly.empty()) {
    fail_at(*bare_star, "named arguments must follow bare *");
  }
  auto* result = node<ast::arguments>(NodeKind::karguments, {});
  result->posonlyargs = span(posonly);
  result->args = span(args);
  result->vararg = vararg;
  result->kwonlyargs = span(kwonly);
  result->kw_defaults = span(kw_defaults);
  result->kwarg = kwarg;
  result->defaults = span(defaults);
  return result;
}

}  // namespace krait::syntax
