// Statements: simple statements, assignments and every compound statement.
#include "translator/syntax/parser.h"

namespace krait::syntax {

using ast::NodeKind;

namespace {

bool augmented_operator(Tok type, ast::Operator* op) {
  using ast::Operator;
  switch (type) {
    case Tok::kPlusEqual:
      return *op = Operator::Add, true;
    case Tok::kMinEqual:
      return *op = Operator::Sub, true;
    case Tok::kStarEqual:
      return *op = Operator::Mult, true;
    case Tok::kAtEqual:
      return *op = Operator::MatMult, true;
    case Tok::kSlashEqual:
      return *op = Operator::Div, true;
    case Tok::kPercentEqual:
      return *op = Operator::Mod, true;
    case Tok::kAmperEqual:
      return *op = Operator::BitAnd, true;
    case Tok::kVBarEqual:
      return *op = Operator::BitOr, true;
    case Tok::kCircumflexEqual:
      return *op = Operator::BitXor, true;
    case Tok::kLeftShiftEqual:
      return *op = Operator::LShift, true;
    case Tok::kRightShiftEqual:
      return *op = Operator::RShift, true;
    case Tok::kDoubleStarEqual:
      return *op = Operator::Pow, true;
    case Tok::kDoubleSlashEqual:
      return *op = Operator::FloorDiv, true;
    default:
      return false;
  }
}

// Expressions CPython's invalid_named_expression treats as a bitwise_or
// (which makes `1 = x` say "Maybe you meant '==' instead of '='?").
bool is_bitwise_or_level(const ast::Expr* e) {
  switch (e->kind) {
    case NodeKind::kCompare:
    case NodeKind::kBoolOp:
    case NodeKind::kIfExp:
    case NodeKind::kLambda:
    case NodeKind::kStarred:
    case NodeKind::kNamedExpr:
      return false;
    case NodeKind::kUnaryOp:
      return static_cast<const ast::UnaryOp*>(e)->op != ast::UnaryOperator::Not;
    default:
      return true;
  }
}

}  // namespace

void Parser::parse_statement(std::vector<ast::Stmt*>& out) {
  switch (peek_type()) {
    case Tok::kDef:
    case Tok::kIf:
    case Tok::kClass:
    case Tok::kWith:
    case Tok::kFor:
    case Tok::kTry:
    case Tok::kWhile:
    case Tok::kAt:
      out.push_back(parse_compound_statement());
      return;
    case Tok::kAsync:
      if (peek_type(1) == Tok::kDef || peek_type(1) == Tok::kWith || peek_type(1) == Tok::kFor) {
        out.push_back(parse_compound_statement());
        return;
      }
      fail_at(peek(1), "invalid syntax");
    case Tok::kName:
      if (at_soft_keyword("match")) {
        if (ast::Stmt* match = try_parse_match()) {
          out.push_back(match);
          return;
        }
      }
      break;
    default:
      break;
  }
  parse_simple_statements(out);
}

void Parser::parse_simple_statements(std::vector<ast::Stmt*>& out) {
  for (;;) {
    out.push_back(parse_simple_statement());
    if (!accept(Tok::kSemi) || at(Tok::kNewline)) break;
  }
  expect(Tok::kNewline);
}

ast::Stmt* Parser::parse_simple_statement() {
  const Token& start = peek();
  auto simple = [&](NodeKind kind) -> ast::Stmt* {
    advance();
    return node<ast::Pass>(kind, location_from(start));
  };
  switch (start.type) {
    case Tok::kReturn:
      return parse_return();
    case Tok::kRaise:
      return parse_raise();
    case Tok::kPass:
      return simple(NodeKind::kPass);
    case Tok::kBreak:
      return simple(NodeKind::kBreak);
    case Tok::kContinue:
      return simple(NodeKind::kContinue);
    case Tok::kGlobal:
    case Tok::kNonlocal:
      return parse_global_or_nonlocal();
    case Tok::kDel:
      return parse_del();
    case Tok::kAssert:
      return parse_assert();
    case Tok::kImport:
      return parse_import();
    case Tok::kFrom:
      return parse_import_from();
    default:
      return parse_expression_statement();
  }
}

// Expression statements and the three kinds of assignment.
ast::Stmt* Parser::parse_expression_statement() {
  const Token& start = peek();
  ast::Expr* first = at(Tok::kYield) ? parse_yield_expression() : parse_star_expressions();
  auto rhs = [&]() {
    return at(Tok::kYield) ? parse_yield_expression() : parse_star_expressions();
  };

  if (at(Tok::kColon)) {
    if (first->kind == NodeKind::kTuple || first->kind == NodeKind::kList) {
      fail_range(first->loc, std::string("only single target (not ") + expression_name(first) +
                                 ") can be annotated");
    }
    if (first->kind != NodeKind::kName && first->kind != NodeKind::kAttribute &&
        first->kind != NodeKind::kSubscript) {
      fail_range(first->loc, "illegal target for annotation");
    }
    advance();
    set_context(first, ast::ExprContext::Store);
    auto* stmt = node<ast::AnnAssign>(NodeKind::kAnnAssign, {});
    stmt->target = first;
    stmt->annotation = parse_expression();
    stmt->value = accept(Tok::kEqual) ? rhs() : nullptr;
    stmt->simple = first->kind == NodeKind::kName && start.type == Tok::kName;
    stmt->loc = location_from(start);
    return stmt;
  }

  if (at(Tok::kEqual)) {
    // Whether each part is a yield without parentheses (not a bitwise_or).
    std::vector<ast::Expr*> targets{first};
    std::vector<bool> bare_yield{start.type == Tok::kYield};
    while (accept(Tok::kEqual)) {
      bare_yield.push_back(at(Tok::kYield));
      targets.push_back(rhs());
    }
    ast::Expr* value = targets.back();
    targets.pop_back();
    for (size_t i = 0; i < targets.size(); ++i) {
      ast::Expr* target = targets[i];
      if (bare_yield[i]) fail_range(target->loc, "assignment to yield expression not possible");
      if (invalid_target(target, ast::ExprContext::Store) == nullptr) {
        set_context(target, ast::ExprContext::Store);
        continue;
      }
      bool maybe_comparison =
          i == 0 && targets.size() == 1 && is_bitwise_or_level(target) && !bare_yield.back() &&
          is_bitwise_or_level(value) && value->kind != NodeKind::kTuple &&
          target->kind != NodeKind::kList && target->kind != NodeKind::kTuple &&
          target->kind != NodeKind::kGeneratorExp &&
          !(target->kind == NodeKind::kConstant &&
            static_cast<ast::Constant*>(target)->value.kind <= ast::ConstantValue::Kind::kTrue);
      if (maybe_comparison) {
        fail_range(target->loc, std::string("cannot assign to ") + expression_name(target) +
                                    " here. Maybe you meant '==' instead of '='?");
      }
      fail_invalid_target(target, ast::ExprContext::Store, target);
    }
    auto* stmt = node<ast::Assign>(NodeKind::kAssign, location_from(start));
    stmt->targets = span(targets);
    stmt->value = value;
    return stmt;
  }

  ast::Operator op;
  if (augmented_operator(peek_type(), &op)) {
    if (first->kind != NodeKind::kName && first->kind != NodeKind::kAttribute &&
        first->kind != NodeKind::kSubscript) {
      fail_range(first->loc, std::string("'") + expression_name(first) +
                                 "' is an illegal expression for augmented assignment");
    }
    advance();
    set_context(first, ast::ExprContext::Store);
    auto* stmt = node<ast::AugAssign>(NodeKind::kAugAssign, {});
    stmt->target = first;
    stmt->op = op;
    stmt->value = rhs();
    stmt->loc = location_from(start);
    return stmt;
  }

  // Python 2's print and exec statements get CPython's hint.
  if (first->kind == NodeKind::kName && starts_expression(peek_type()) &&
      (text_of(start) == "print" || text_of(start) == "exec")) {
    std::string word(text_of(start));
    ast::Location range = first->loc;
    try {
      parse_star_expressions();
      range.end_lineno = last_end_lineno_;
      range.end_col_offset = last_end_col_;
    } catch (SyntaxFailure& failure) {
      if (failure.from_tokenizer) throw;
    }
    fail_range(range,
               "Missing parentheses in call to '" + word + "'. Did you mean " + word + "(...)?");
  }
  auto* stmt = node<ast::ExprStmt>(NodeKind::kExprStmt, location_from(start));
  stmt->value = first;
  return stmt;
}

ast::Stmt* Parser::parse_return() {
  const Token& start = advance();
  ast::Expr* value = nullptr;
  if (starts_expression(peek_type()) || at(Tok::kStar)) value = parse_star_expressions();
  auto* stmt = node<ast::Return>(NodeKind::kReturn, location_from(start));
  stmt->value = value;
  return stmt;
}

ast::Stmt* Parser::parse_raise() {
  const Token& start = advance();
  auto* stmt = node<ast::Raise>(NodeKind::kRaise, {});
  if (starts_expression(peek_type())) {
    stmt->exc = parse_expression();
    if (accept(Tok::kFrom)) stmt->cause = parse_expression();
  }
  stmt->loc = location_from(start);
  return stmt;
}

ast::Stmt* Parser::parse_global_or_nonlocal() {
  const Token& start = advance();
  std::vector<ast::Identifier> names;
  do {
    names.push_back(identifier(expect(Tok::kName)));
  } while (accept(Tok::kComma));
  NodeKind kind = start.type == Tok::kGlobal ? NodeKind::kGlobal : NodeKind::kNonlocal;
  auto* stmt = node<ast::Global>(kind, location_from(start));
  stmt->names = span(names);
  return stmt;
}

ast::Stmt* Parser::parse_del() {
  const Token& start = advance();
  std::vector<ast::Expr*> targets;
  do {
    if (at(Tok::kNewline) || at(Tok::kSemi)) break;
    ast::Expr* target = parse_star_expression();
    set_context(target, ast::ExprContext::Del);
    targets.push_back(target);
  } while (accept(Tok::kComma));
  if (targets.empty()) fail_generic();
  auto* stmt = node<ast::Delete>(NodeKind::kDelete, location_from(start));
  stmt->targets = span(targets);
  return stmt;
}

ast::Stmt* Parser::parse_assert() {
  const Token& start = advance();
  auto* stmt = node<ast::Assert>(NodeKind::kAssert, {});
  stmt->test = parse_expression();
  if (accept(Tok::kComma)) stmt->msg = parse_expression();
  stmt->loc = location_from(start);
  return stmt;
}

// `a.b.c [as d]`; the dotted name becomes one identifier "a.b.c".
ast::alias* Parser::parse_dotted_alias() {
  const Token& start = peek();
  std::string name(identifier(expect(Tok::kName)));
  while (accept(Tok::kDot)) {
    name += '.';
    name += identifier(expect(Tok::kName));
  }
  auto* result = node<ast::alias>(NodeKind::kalias, {});
  result->name = arena_.copy_string(name);
  if (accept(Tok::kAs)) result->asname = identifier(expect(Tok::kName));
  result->loc = location_from(start);
  return result;
}

ast::Stmt* Parser::parse_import() {
  const Token& start = advance();
  std::vector<ast::alias*> names;
  do {
    names.push_back(parse_dotted_alias());
  } while (accept(Tok::kComma));
  auto* stmt = node<ast::Import>(NodeKind::kImport, location_from(start));
  stmt->names = span(names);
  return stmt;
}

ast::Stmt* Parser::parse_import_from() {
  const Token& start = advance();
  int level = 0;
  for (;;) {
    if (accept(Tok::kDot)) {
      ++level;
    } else if (accept(Tok::kEllipsis)) {
      level += 3;
    } else {
      break;
    }
  }
  auto* stmt = node<ast::ImportFrom>(NodeKind::kImportFrom, {});
  stmt->level = level;
  if (level == 0 || !at(Tok::kImport)) {
    std::string module(identifier(expect(Tok::kName)));
    while (accept(Tok::kDot)) {
      module += '.';
      module += identifier(expect(Tok::kName));
    }
    stmt->module = arena_.copy_string(module);
  }
  expect(Tok::kImport);
  std::vector<ast::alias*> names;
  if (at(Tok::kStar)) {
    const Token& star = advance();
    auto* all = node<ast::alias>(NodeKind::kalias, location_from(star));
    all->name = "*";
    names.push_back(all);
  } else {
    bool parenthesized = accept(Tok::kLPar);
    if (parenthesized) ++bracket_depth_;
    for (;;) {
      const Token& name = expect(Tok::kName);
      auto* item = node<ast::alias>(NodeKind::kalias, {});
      item->name = identifier(name);
      if (accept(Tok::kAs)) item->asname = identifier(expect(Tok::kName));
      item->loc = location_from(name);
      names.push_back(item);
      if (!accept(Tok::kComma)) break;
      if (parenthesized && at(Tok::kRPar)) break;
      if (!parenthesized && !at(Tok::kName)) {
        fail_at(peek(), "trailing comma not allowed without surrounding parentheses");
      }
    }
    if (parenthesized) {
      --bracket_depth_;
      expect(Tok::kRPar);
    }
  }
  stmt->names = span(names);
  stmt->loc = location_from(start);
  return stmt;
}

ast::Stmt* Parser::parse_compound_statement() {
  const Token& start = peek();
  switch (start.type) {
    case Tok::kAt:
      return parse_decorated();
    case Tok::kDef:
      return parse_function_def(start, {});
    case Tok::kClass:
      return parse_class_def(start, {});
    case Tok::kIf:
      return parse_if(false);
    case Tok::kWhile:
      return parse_while();
    case Tok::kFor:
      return parse_for(start, false);
    case Tok::kWith:
      return parse_with(start, false);
    case Tok::kTry:
      return parse_try();
    case Tok::kAsync:
      if (peek_type(1) == Tok::kDef) return parse_function_def(start, {});
      advance();
      return peek_type() == Tok::kFor ? parse_for(start, true) : parse_with(start, true);
    default:
      fail_generic();
  }
}

// NEWLINE INDENT statements DEDENT, or simple statements on the header's line.
Span<ast::Stmt*> Parser::parse_block(const char* after, const Token& header) {
  std::vector<ast::Stmt*> body;
  if (!accept(Tok::kNewline)) {
    parse_simple_statements(body);
    return span(body);
  }
  if (!at(Tok::kIndent)) {
    fail_at(peek(), std::string("expected an indented block after ") + after + " on line " +
                        std::to_string(header.lineno));
  }
  advance();
  while (!at(Tok::kDedent) && !at(Tok::kEndMarker)) parse_statement(body);
  expect(Tok::kDedent);
  return span(body);
}

ast::Stmt* Parser::parse_decorated() {
  std::vector<ast::Expr*> decorators;
  while (accept(Tok::kAt)) {
    decorators.push_back(parse_named_expression());
    expect(Tok::kNewline);
  }
  const Token& start = peek();
  if (at(Tok::kClass)) return parse_class_def(start, span(decorators));
  if (at(Tok::kDef) || (at(Tok::kAsync) && peek_type(1) == Tok::kDef)) {
    return parse_function_def(start, span(decorators));
  }
  fail_generic();
}

ast::Stmt* Parser::parse_function_def(const Token& start, Span<ast::Expr*> decorators) {
  bool is_async = accept(Tok::kAsync);
  expect(Tok::kDef);
  const Token& name = expect(Tok::kName);
  expect_forced(Tok::kLPar);
  ++bracket_depth_;
  ast::arguments* args = parse_parameters(false, Tok::kRPar);
  --bracket_depth_;
  expect(Tok::kRPar);
  // CPython's `['->' expression] &&':'`: a bare arrow is a missing colon.
  if (at(Tok::kRArrow) && !starts_expression(peek_type(1))) fail_at(peek(), "expected ':'");
  ast::Expr* returns = accept(Tok::kRArrow) ? parse_expression() : nullptr;
  expect_forced(Tok::kColon);
  auto* def =
      node<ast::FunctionDef>(is_async ? NodeKind::kAsyncFunctionDef : NodeKind::kFunctionDef, {});
  def->name = identifier(name);
  def->args = args;
  def->returns = returns;
  def->decorator_list = decorators;
  def->body = parse_block("function definition", start);
  def->loc = location_from(start);
  return def;
}

ast::Stmt* Parser::parse_class_def(const Token& start, Span<ast::Expr*> decorators) {
  expect(Tok::kClass);
  const Token& name = expect(Tok::kName);
  auto* def = node<ast::ClassDef>(NodeKind::kClassDef, {});
  def->name = identifier(name);
  def->decorator_list = decorators;
  if (at(Tok::kLPar)) {
    auto* call = static_cast<ast::Call*>(parse_call(nullptr, peek()));
    def->bases = call->args;
    def->keywords = call->keywords;
  }
  expect_header_colon();
  def->body = parse_block("class definition", start);
  def->loc = location_from(start);
  return def;
}

ast::Stmt* Parser::parse_if(bool is_elif) {
  const Token& start = advance();
  auto* stmt = node<ast::If>(NodeKind::kIf, {});
  stmt->test = parse_named_expression();
  expect_header_colon();
  stmt->body = parse_block(is_elif ? "'elif' statement" : "'if' statement", start);
  if (at(Tok::kElif)) {
    ast::Stmt* elif = parse_if(true);
    stmt->orelse = arena_.copy_span(&elif, 1);
  } else if (at(Tok::kElse)) {
    stmt->orelse = parse_else_block();
  }
  stmt->loc = location_from(start);
  return stmt;
}

Span<ast::Stmt*> Parser::parse_else_block() {
  const Token& start = advance();
  expect_forced(Tok::kColon);
  return parse_block("'else' statement", start);
}

ast::Stmt* Parser::parse_while() {
  const Token& start = advance();
  auto* stmt = node<ast::While>(NodeKind::kWhile, {});
  stmt->test = parse_named_expression();
  expect_header_colon();
  stmt->body = parse_block("'while' statement", start);
  if (at(Tok::kElse)) stmt->orelse = parse_else_block();
  stmt->loc = location_from(start);
  return stmt;
}

ast::Stmt* Parser::parse_for(const Token& start, bool is_async) {
  const Token& keyword = expect(Tok::kFor);
  auto* stmt = node<ast::For>(is_async ? NodeKind::kAsyncFor : NodeKind::kFor, {});
  stmt->target = parse_star_targets();
  expect(Tok::kIn);
  stmt->iter = parse_star_expressions();
  expect_header_colon();
  stmt->body = parse_block("'for' statement", keyword);
  if (at(Tok::kElse)) stmt->orelse = parse_else_block();
  stmt->loc = location_from(start);
  return stmt;
}

ast::withitem* Parser::parse_with_item() {
  auto* item = node<ast::withitem>(NodeKind::kwithitem, {});
  item->context_expr = parse_expression();
  if (accept(Tok::kAs)) {
    item->optional_vars = parse_target_element();
    set_context(item->optional_vars, ast::ExprContext::Store);
  }
  return item;
}

// `with (a as b, c as d):` — tried first, as CPython's ordered choice does;
// on failure the caller re-reads the parenthesis as part of an expression.
bool Parser::try_parenthesized_with_items(std::vector<ast::withitem*>& items) {
  State saved = save_state();
  try {
    advance();
    ++bracket_depth_;
    do {
      if (at(Tok::kRPar)) break;
      items.push_back(parse_with_item());
    } while (accept(Tok::kComma));
    --bracket_depth_;
    expect(Tok::kRPar);
    if (!at(Tok::kColon)) fail_generic();
    return true;
  } catch (SyntaxFailure& failure) {
    if (failure.from_tokenizer) throw;
    restore_state(saved);
    items.clear();
    return false;
  }
}

ast::Stmt* Parser::parse_with(const Token& start, bool is_async) {
  const Token& keyword = expect(Tok::kWith);
  std::vector<ast::withitem*> items;
  if (!at(Tok::kLPar) || !try_parenthesized_with_items(items)) {
    do {
      items.push_back(parse_with_item());
    } while (accept(Tok::kComma));
  }
  expect_header_colon();
  auto* stmt = node<ast::With>(is_async ? NodeKind::kAsyncWith : NodeKind::kWith, {});
  stmt->items = span(items);
  stmt->body = parse_block("'with' statement", keyword);
  stmt->loc = location_from(start);
  return stmt;
}

ast::ExceptHandler* Parser::parse_except_block(bool* is_star) {
  const Token& start = advance();
  *is_star = accept(Tok::kStar);
  auto* handler = node<ast::ExceptHandler>(NodeKind::kExceptHandler, {});
  if (!at(Tok::kColon)) {
    handler->type = parse_expression();
    if (at(Tok::kComma)) {
      // CPython's invalid_except_stmt needs the whole `a, b [as n]:`.
      const Token& comma = peek();
      State saved = save_state();
      size_t saved_furthest = furthest_;
      bool complete = false;
      try {
        advance();
        parse_star_expressions();
        if (accept(Tok::kAs)) expect(Tok::kName);
        complete = at(Tok::kColon);
      } catch (SyntaxFailure& failure) {
        if (failure.from_tokenizer) throw;
      }
      if (complete) {
        fail_range(handler->type->loc, "multiple exception types must be parenthesized");
      }
      restore_state(saved);
      furthest_ = saved_furthest;
      fail_at(comma, "invalid syntax");
    }
    if (accept(Tok::kAs)) handler->name = identifier(expect(Tok::kName));
  } else if (*is_star) {
    fail_at(peek(), "expected one or more exception types");
  }
  expect_header_colon();
  handler->body = parse_block(*is_star ? "'except*' statement" : "'except' statement", start);
  handler->loc = location_from(start);
  return handler;
}

ast::Stmt* Parser::parse_try() {
  const Token& start = advance();
  expect_forced(Tok::kColon);
  auto* stmt = node<ast::Try>(NodeKind::kTry, {});
  stmt->body = parse_block("'try' statement", start);
  std::vector<ast::ExceptHandler*> handlers;
  bool any_star = false;
  bool any_plain = false;
  while (at(Tok::kExcept)) {
    const Token& except = peek();
    bool is_star = false;
    handlers.push_back(parse_except_block(&is_star));
    (is_star ? any_star : any_plain) = true;
    if (any_star && any_plain) {
      fail_at(except, "cannot have both 'except' and 'except*' on the same 'try'");
    }
  }
  stmt->handlers = span(handlers);
  if (!handlers.empty() && at(Tok::kElse)) stmt->orelse = parse_else_block();
  if (at(Tok::kFinally)) {
    const Token& finally = advance();
    expect_forced(Tok::kColon);
    stmt->finalbody = parse_block("'finally' statement", finally);
  }
  if (handlers.empty() && stmt->finalbody.empty()) {
    fail_at(peek(), "expected 'except' or 'finally' block");
  }
  if (any_star) stmt->kind = NodeKind::kTryStar;
  stmt->loc = location_from(start);
  return stmt;
}

}  // namespace krait::syntax
