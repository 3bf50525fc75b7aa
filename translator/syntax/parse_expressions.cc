// Expressions: one method per precedence level of CPython's grammar, from
// star_expressions down to atom, plus comprehensions and for-targets.
#include "translator/syntax/literals.h"
#include "translator/syntax/parser.h"

namespace krait::syntax {

using ast::NodeKind;

bool Parser::starts_expression(Tok type) {
  switch (type) {
    case Tok::kName:
    case Tok::kNumber:
    case Tok::kString:
    case Tok::kLPar:
    case Tok::kLSqb:
    case Tok::kLBrace:
    case Tok::kMinus:
    case Tok::kPlus:
    case Tok::kTilde:
    case Tok::kNot:
    case Tok::kLambda:
    case Tok::kAwait:
    case Tok::kNone:
    case Tok::kTrue:
    case Tok::kFalse:
    case Tok::kEllipsis:
      return true;
    default:
      return false;
  }
}

ast::Expr* Parser::parse_name() {
  const Token& token = expect(Tok::kName);
  auto* name = node<ast::Name>(NodeKind::kName, location_from(token));
  name->id = identifier(token);
  name->ctx = ast::ExprContext::Load;
  return name;
}

ast::Expr* Parser::parse_star_expressions() {
  const Token& start = peek();
  ast::Expr* first = parse_star_expression();
  if (!at(Tok::kComma)) return first;
  std::vector<ast::Expr*> elts{first};
  while (accept(Tok::kComma)) {
    if (!starts_expression(peek_type()) && !at(Tok::kStar)) break;
    elts.push_back(parse_star_expression());
  }
  auto* tuple = node<ast::Tuple>(NodeKind::kTuple, location_from(start));
  tuple->elts = span(elts);
  return tuple;
}

ast::Expr* Parser::parse_star_expression() {
  if (!at(Tok::kStar)) return parse_expression();
  const Token& start = advance();
  ast::Expr* value = parse_binary(0);
  auto* starred = node<ast::Starred>(NodeKind::kStarred, location_from(start));
  starred->value = value;
  return starred;
}

// CPython's starred_expression ('*' expression), in calls and subscripts.
ast::Expr* Parser::parse_starred_expression() {
  const Token& start = expect(Tok::kStar);
  ast::Expr* value = parse_expression();
  auto* starred = node<ast::Starred>(NodeKind::kStarred, location_from(start));
  starred->value = value;
  starred->ctx = ast::ExprContext::Load;
  return starred;
}

ast::Expr* Parser::parse_star_named_expression() {
  if (!at(Tok::kStar)) return parse_named_expression();
  return parse_star_expression();
}

ast::Expr* Parser::parse_named_expression() {
  if (at(Tok::kName) && peek_type(1) == Tok::kColonEqual) {
    const Token& start = peek();
    ast::Expr* target = parse_name();
    static_cast<ast::Name*>(target)->ctx = ast::ExprContext::Store;
    advance();
    ast::Expr* value = parse_expression();
    auto* named = node<ast::NamedExpr>(NodeKind::kNamedExpr, location_from(start));
    named->target = target;
    named->value = value;
    return named;
  }
  ast::Expr* expr = parse_expression();
  if (at(Tok::kColonEqual)) {
    fail_range(expr->loc,
               std::string("cannot use assignment expressions with ") + expression_name(expr));
  }
  return expr;
}

// CPython's invalid_expression: two expressions in a row inside brackets
// are most likely a missing comma.
void Parser::check_missing_comma(const ast::Expr* before, const Token& before_start) {
  if (bracket_depth_ == 0 || reading_after_missing_comma_) return;
  Tok next = peek_type();
  bool starts_operand = next == Tok::kName || next == Tok::kNumber || next == Tok::kString ||
                        next == Tok::kLBrace || next == Tok::kTilde || next == Tok::kLambda ||
                        next == Tok::kAwait || next == Tok::kNone || next == Tok::kTrue ||
                        next == Tok::kFalse || next == Tok::kEllipsis;
  if (!starts_operand) return;
  // CPython leaves `NAME STRING` and soft keywords to other rules.
  if (before_start.type == Tok::kName) {
    std::string_view word = text_of(before_start);
    if ((&before_start + 1)->type == Tok::kString || word == "match" || word == "case" ||
        word == "_") {
      return;
    }
  }
  // The second expression is read without this check (CPython's
  // expression_without_invalid), only to find where it ends.
  State saved = save_state();
  size_t saved_furthest = furthest_;
  ast::Location range = before->loc;
  reading_after_missing_comma_ = true;
  try {
    parse_expression();
    range.end_lineno = last_end_lineno_;
    range.end_col_offset = last_end_col_;
  } catch (SyntaxFailure& failure) {
    reading_after_missing_comma_ = false;
    if (failure.from_tokenizer) throw;
    restore_state(saved);
    furthest_ = saved_furthest;
    return;
  }
  reading_after_missing_comma_ = false;
  fail_range(range, "invalid syntax. Perhaps you forgot a comma?");
}

ast::Expr* Parser::parse_expression() {
  if (at(Tok::kLambda)) return parse_lambda();
  DepthGuard guard(*this);
  const Token& start = peek();
  ast::Expr* body = parse_disjunction();
  if (!at(Tok::kIf)) {
    check_missing_comma(body, start);
    return body;
  }
  advance();
  ast::Expr* test = parse_disjunction();
  if (!at(Tok::kElse)) fail_range(body->loc, "expected 'else' after 'if' expression");
  advance();
  ast::Expr* orelse = parse_expression();
  auto* ifexp = node<ast::IfExp>(NodeKind::kIfExp, location_from(start));
  ifexp->test = test;
  ifexp->body = body;
  ifexp->orelse = orelse;
  return ifexp;
}

ast::Expr* Parser::parse_disjunction() {
  const Token& start = peek();
  ast::Expr* first = parse_conjunction();
  if (!at(Tok::kOr)) return first;
  std::vector<ast::Expr*> values{first};
  while (accept(Tok::kOr)) values.push_back(parse_conjunction());
  auto* op = node<ast::BoolOp>(NodeKind::kBoolOp, location_from(start));
  op->op = ast::BoolOperator::Or;
  op->values = span(values);
  return op;
}

ast::Expr* Parser::parse_conjunction() {
  const Token& start = peek();
  ast::Expr* first = parse_inversion();
  if (!at(Tok::kAnd)) return first;
  std::vector<ast::Expr*> values{first};
  while (accept(Tok::kAnd)) values.push_back(parse_inversion());
  auto* op = node<ast::BoolOp>(NodeKind::kBoolOp, location_from(start));
  op->op = ast::BoolOperator::And;
  op->values = span(values);
  return op;
}

ast::Expr* Parser::parse_inversion() {
  if (!at(Tok::kNot)) return parse_comparison();
  DepthGuard guard(*this);
  const Token& start = advance();
  ast::Expr* operand = parse_inversion();
  auto* op = node<ast::UnaryOp>(NodeKind::kUnaryOp, location_from(start));
  op->op = ast::UnaryOperator::Not;
  op->operand = operand;
  return op;
}

ast::Expr* Parser::parse_comparison() {
  const Token& start = peek();
  ast::Expr* left = parse_binary(0);
  std::vector<ast::CmpOperator> ops;
  std::vector<ast::Expr*> comparators;
  for (;;) {
    ast::CmpOperator op;
    switch (peek_type()) {
      case Tok::kEqEqual:
        op = ast::CmpOperator::Eq;
        break;
      case Tok::kNotEqual:
        op = ast::CmpOperator::NotEq;
        break;
      case Tok::kLess:
        op = ast::CmpOperator::Lt;
        break;
      case Tok::kLessEqual:
        op = ast::CmpOperator::LtE;
        break;
      case Tok::kGreater:
        op = ast::CmpOperator::Gt;
        break;
      case Tok::kGreaterEqual:
        op = ast::CmpOperator::GtE;
        break;
      case Tok::kIn:
        op = ast::CmpOperator::In;
        break;
      case Tok::kIs:
        op = peek_type(1) == Tok::kNot ? ast::CmpOperator::IsNot : ast::CmpOperator::Is;
        break;
      case Tok::kNot:
        if (peek_type(1) != Tok::kIn) goto done;
        op = ast::CmpOperator::NotIn;
        break;
      default:
        goto done;
    }
    advance();
    if (op == ast::CmpOperator::IsNot || op == ast::CmpOperator::NotIn) advance();
    ops.push_back(op);
    comparators.push_back(parse_binary(0));
  }
done:
  if (ops.empty()) return left;
  auto* compare = node<ast::Compare>(NodeKind::kCompare, location_from(start));
  compare->left = left;
  compare->ops = span(ops);
  compare->comparators = span(comparators);
  return compare;
}

namespace {

// Binary operators by precedence level (0 binds loosest: `|`).
constexpr int kFactorLevel = 6;

bool binary_operator(Tok type, int level, ast::Operator* op) {
  using ast::Operator;
  switch (level) {
    case 0:
      if (type == Tok::kVBar) return *op = Operator::BitOr, true;
      break;
    case 1:
      if (type == Tok::kCircumflex) return *op = Operator::BitXor, true;
      break;
    case 2:
      if (type == Tok::kAmper) return *op = Operator::BitAnd, true;
      break;
    case 3:
      if (type == Tok::kLeftShift) return *op = Operator::LShift, true;
      if (type == Tok::kRightShift) return *op = Operator::RShift, true;
      break;
    case 4:
      if (type == Tok::kPlus) return *op = Operator::Add, true;
      if (type == Tok::kMinus) return *op = Operator::Sub, true;
      break;
    case 5:
      switch (type) {
        case Tok::kStar:
          return *op = Operator::Mult, true;
        case Tok::kSlash:
          return *op = Operator::Div, true;
        case Tok::kDoubleSlash:
          return *op = Operator::FloorDiv, true;
        case Tok::kPercent:
          return *op = Operator::Mod, true;
        case Tok::kAt:
          return *op = Operator::MatMult, true;
        default:
          break;
      }
      break;
    default:
      break;
  }
  return false;
}

}  // namespace

ast::Expr* Parser::parse_binary(int level) {
  if (level == kFactorLevel) return parse_factor();
  const Token& start = peek();
  ast::Expr* left = parse_binary(level + 1);
  ast::Operator op;
  ChainDepth chain(*this);
  while (binary_operator(peek_type(), level, &op)) {
    chain.step();
    advance();
    ast::Expr* right = parse_binary(level + 1);
    auto* binop = node<ast::BinOp>(NodeKind::kBinOp, location_from(start));
    binop->left = left;
    binop->op = op;
    binop->right = right;
    left = binop;
  }
  return left;
}

ast::Expr* Parser::parse_factor() {
  ast::UnaryOperator op;
  switch (peek_type()) {
    case Tok::kPlus:
      op = ast::UnaryOperator::UAdd;
      break;
    case Tok::kMinus:
      op = ast::UnaryOperator::USub;
      break;
    case Tok::kTilde:
      op = ast::UnaryOperator::Invert;
      break;
    default:
      return parse_power();
  }
  DepthGuard guard(*this);
  const Token& start = advance();
  ast::Expr* operand = parse_factor();
  auto* unary = node<ast::UnaryOp>(NodeKind::kUnaryOp, location_from(start));
  unary->op = op;
  unary->operand = operand;
  return unary;
}

ast::Expr* Parser::parse_power() {
  const Token& start = peek();
  ast::Expr* base = parse_await_primary();
  if (!at(Tok::kDoubleStar)) return base;
  DepthGuard guard(*this);
  advance();
  ast::Expr* exponent = parse_factor();
  auto* binop = node<ast::BinOp>(NodeKind::kBinOp, location_from(start));
  binop->left = base;
  binop->op = ast::Operator::Pow;
  binop->right = exponent;
  return binop;
}

ast::Expr* Parser::parse_await_primary() {
  if (!at(Tok::kAwait)) return parse_primary();
  const Token& start = advance();
  ast::Expr* value = parse_primary();
  auto* await = node<ast::Await>(NodeKind::kAwait, location_from(start));
  await->value = value;
  return await;
}

ast::Expr* Parser::parse_primary() {
  const Token& start = peek();
  return parse_primary_trailers(parse_atom(), start);
}

ast::Expr* Parser::parse_primary_trailers(ast::Expr* value, const Token& start) {
  ChainDepth chain(*this);
  for (;;) {
    Tok next = peek_type();
    if (next == Tok::kDot || next == Tok::kLPar || next == Tok::kLSqb) chain.step();
    switch (next) {
      case Tok::kDot: {
        // As in CPython's PEG grammar, `.` without a name is not a trailer.
        if (peek_type(1) != Tok::kName) return value;
        advance();
        const Token& name = expect(Tok::kName);
        auto* attribute = node<ast::Attribute>(NodeKind::kAttribute, location_from(start));
        attribute->value = value;
        attribute->attr = identifier(name);
        attribute->ctx = ast::ExprContext::Load;
        value = attribute;
        break;
      }
      case Tok::kLPar:
        value = parse_call(value, start);
        break;
      case Tok::kLSqb: {
        advance();
        ++bracket_depth_;
        ast::Expr* slice = parse_slices();
        --bracket_depth_;
        expect(Tok::kRSqb);
        auto* subscript = node<ast::Subscript>(NodeKind::kSubscript, location_from(start));
        subscript->value = value;
        subscript->slice = slice;
        subscript->ctx = ast::ExprContext::Load;
        value = subscript;
        break;
      }
      default:
        return value;
    }
  }
}

ast::Expr* Parser::parse_atom() {
  const Token& token = peek();
  auto constant = [&](ast::ConstantValue::Kind kind) {
    advance();
    auto* c = node<ast::Constant>(NodeKind::kConstant, location_from(token));
    c->value.kind = kind;
    return c;
  };
  switch (token.type) {
    case Tok::kName:
      return parse_name();
    case Tok::kTrue:
      return constant(ast::ConstantValue::Kind::kTrue);
    case Tok::kFalse:
      return constant(ast::ConstantValue::Kind::kFalse);
    case Tok::kNone:
      return constant(ast::ConstantValue::Kind::kNone);
    case Tok::kEllipsis:
      return constant(ast::ConstantValue::Kind::kEllipsis);
    case Tok::kNumber: {
      advance();
      auto* c = node<ast::Constant>(NodeKind::kConstant, location_from(token));
      c->value = parse_number(text_of(token), arena_);
      return c;
    }
    case Tok::kString:
      return parse_strings();
    case Tok::kLPar:
      return parse_paren_atom();
    case Tok::kLSqb:
      return parse_list_atom();
    case Tok::kLBrace:
      return parse_brace_atom();
    default:
      fail_generic();
  }
}

ast::Expr* Parser::parse_paren_atom() {
  DepthGuard guard(*this);
  const Token& start = advance();
  if (accept(Tok::kRPar)) {
    auto* tuple = node<ast::Tuple>(NodeKind::kTuple, location_from(start));
    return tuple;
  }
  ++bracket_depth_;
  if (at(Tok::kYield)) {
    ast::Expr* yield = parse_yield_expression();
    --bracket_depth_;
    expect(Tok::kRPar);
    return yield;
  }
  ast::Expr* first = parse_star_named_expression();
  if (at(Tok::kFor) || (at(Tok::kAsync) && peek_type(1) == Tok::kFor)) {
    if (first->kind == NodeKind::kStarred)
      fail_range(first->loc, "iterable unpacking cannot be used in comprehension");
    Span<ast::comprehension*> generators = parse_comprehension_clauses();
    --bracket_depth_;
    expect(Tok::kRPar);
    auto* genexp = node<ast::GeneratorExp>(NodeKind::kGeneratorExp, location_from(start));
    genexp->elt = first;
    genexp->generators = generators;
    return genexp;
  }
  if (at(Tok::kRPar)) {
    if (first->kind == NodeKind::kStarred) {
      fail_range(first->loc, "cannot use starred expression here");
    }
    --bracket_depth_;
    advance();
    return first;
  }
  if (!at(Tok::kComma)) fail_generic();
  std::vector<ast::Expr*> elts{first};
  while (accept(Tok::kComma)) {
    if (at(Tok::kRPar)) break;
    elts.push_back(parse_star_named_expression());
  }
  --bracket_depth_;
  expect(Tok::kRPar);
  auto* tuple = node<ast::Tuple>(NodeKind::kTuple, location_from(start));
  tuple->elts = span(elts);
  return tuple;
}

// `[x, y for ...]`: CPython's invalid_comprehension.
void Parser::check_unparenthesized_comprehension_target(const ast::Expr* first) {
  if (at(Tok::kFor) || (at(Tok::kAsync) && peek_type(1) == Tok::kFor)) {
    fail_range(first->loc, "did you forget parentheses around the comprehension target?");
  }
}

ast::Expr* Parser::parse_list_atom() {
  DepthGuard guard(*this);
  const Token& start = advance();
  std::vector<ast::Expr*> elts;
  ++bracket_depth_;
  if (!at(Tok::kRSqb)) {
    ast::Expr* first = parse_star_named_expression();
    if (at(Tok::kFor) || (at(Tok::kAsync) && peek_type(1) == Tok::kFor)) {
      if (first->kind == NodeKind::kStarred)
        fail_range(first->loc, "iterable unpacking cannot be used in comprehension");
      Span<ast::comprehension*> generators = parse_comprehension_clauses();
      --bracket_depth_;
      expect(Tok::kRSqb);
      auto* comp = node<ast::ListComp>(NodeKind::kListComp, location_from(start));
      comp->elt = first;
      comp->generators = generators;
      return comp;
    }
    elts.push_back(first);
    while (accept(Tok::kComma)) {
      if (at(Tok::kRSqb)) break;
      elts.push_back(parse_star_named_expression());
    }
    check_unparenthesized_comprehension_target(first);
  }
  --bracket_depth_;
  expect(Tok::kRSqb);
  auto* list = node<ast::List>(NodeKind::kList, location_from(start));
  list->elts = span(elts);
  list->ctx = ast::ExprContext::Load;
  return list;
}

ast::Expr* Parser::parse_brace_atom() {
  DepthGuard guard(*this);
  const Token& start = advance();
  ++bracket_depth_;
  std::vector<ast::Expr*> keys;
  std::vector<ast::Expr*> values;
  bool is_dict = at(Tok::kRBrace) || at(Tok::kDoubleStar);
  if (!is_dict) {
    ast::Expr* first = parse_star_named_expression();
    if (first->kind != NodeKind::kStarred && at(Tok::kColon)) {
      const Token& colon = advance();
      if (at(Tok::kRBrace) || at(Tok::kComma)) {
        fail_at(colon, "expression expected after dictionary key and ':'");
      }
      is_dict = true;
      if (at(Tok::kStar)) fail_at(peek(), "cannot use a starred expression in a dictionary value");
      ast::Expr* value = parse_expression();
      if (at(Tok::kFor) || (at(Tok::kAsync) && peek_type(1) == Tok::kFor)) {
        Span<ast::comprehension*> generators = parse_comprehension_clauses();
        --bracket_depth_;
        expect(Tok::kRBrace);
        auto* comp = node<ast::DictComp>(NodeKind::kDictComp, location_from(start));
        comp->key = first;
        comp->value = value;
        comp->generators = generators;
        return comp;
      }
      keys.push_back(first);
      values.push_back(value);
      if (!accept(Tok::kComma)) goto close;
    } else {
      if (at(Tok::kFor) || (at(Tok::kAsync) && peek_type(1) == Tok::kFor)) {
        if (first->kind == NodeKind::kStarred)
          fail_range(first->loc, "iterable unpacking cannot be used in comprehension");
        Span<ast::comprehension*> generators = parse_comprehension_clauses();
        --bracket_depth_;
        expect(Tok::kRBrace);
        auto* comp = node<ast::SetComp>(NodeKind::kSetComp, location_from(start));
        comp->elt = first;
        comp->generators = generators;
        return comp;
      }
      std::vector<ast::Expr*> elts{first};
      while (accept(Tok::kComma)) {
        if (at(Tok::kRBrace)) break;
        elts.push_back(parse_star_named_expression());
      }
      check_unparenthesized_comprehension_target(first);
      --bracket_depth_;
      expect(Tok::kRBrace);
      auto* set = node<ast::Set>(NodeKind::kSet, location_from(start));
      set->elts = span(elts);
      return set;
    }
  }
  while (!at(Tok::kRBrace)) {
    if (accept(Tok::kDoubleStar)) {
      keys.push_back(nullptr);
      values.push_back(parse_binary(0));
    } else {
      ast::Expr* key = parse_expression();
      if (!at(Tok::kColon)) {
        // CPython points at the key's last character.
        ast::Location at = key->loc;
        at.lineno = at.end_lineno;
        at.col_offset = at.end_col_offset > 0 ? at.end_col_offset - 1 : 0;
        fail_range(at, "':' expected after dictionary key");
      }
      const Token& colon = advance();
      if (at(Tok::kRBrace) || at(Tok::kComma)) {
        fail_at(colon, "expression expected after dictionary key and ':'");
      }
      if (at(Tok::kStar)) fail_at(peek(), "cannot use a starred expression in a dictionary value");
      keys.push_back(key);
      values.push_back(parse_expression());
    }
    if (!accept(Tok::kComma)) break;
  }
close:
  --bracket_depth_;
  expect(Tok::kRBrace);
  auto* dict = node<ast::Dict>(NodeKind::kDict, location_from(start));
  dict->keys = span(keys);
  dict->values = span(values);
  return dict;
}

ast::Expr* Parser::parse_slices() {
  const Token& start = peek();
  auto element = [&]() { return at(Tok::kStar) ? parse_starred_expression() : parse_slice(); };
  ast::Expr* first = element();
  if (!at(Tok::kComma) && first->kind != NodeKind::kStarred) return first;
  std::vector<ast::Expr*> elts{first};
  while (accept(Tok::kComma)) {
    if (at(Tok::kRSqb)) break;
    elts.push_back(element());
  }
  auto* tuple = node<ast::Tuple>(NodeKind::kTuple, location_from(start));
  tuple->elts = span(elts);
  tuple->ctx = ast::ExprContext::Load;
  return tuple;
}

ast::Expr* Parser::parse_slice() {
  const Token& start = peek();
  ast::Expr* lower = nullptr;
  if (!at(Tok::kColon)) {
    lower = parse_named_expression();
    if (!at(Tok::kColon) || lower->kind == NodeKind::kNamedExpr) return lower;
  }
  advance();
  auto bound = [&]() -> ast::Expr* {
    if (at(Tok::kColon) || at(Tok::kComma) || at(Tok::kRSqb)) return nullptr;
    return parse_expression();
  };
  ast::Expr* upper = bound();
  ast::Expr* step = nullptr;
  if (accept(Tok::kColon)) step = bound();
  auto* slice = node<ast::Slice>(NodeKind::kSlice, location_from(start));
  slice->lower = lower;
  slice->upper = upper;
  slice->step = step;
  return slice;
}

ast::Expr* Parser::parse_yield_expression() {
  const Token& start = expect(Tok::kYield);
  if (accept(Tok::kFrom)) {
    ast::Expr* value = parse_expression();
    auto* yield_from = node<ast::YieldFrom>(NodeKind::kYieldFrom, location_from(start));
    yield_from->value = value;
    return yield_from;
  }
  ast::Expr* value = nullptr;
  if (starts_expression(peek_type()) || at(Tok::kStar)) value = parse_star_expressions();
  auto* yield = node<ast::Yield>(NodeKind::kYield, location_from(start));
  yield->value = value;
  return yield;
}

ast::Expr* Parser::parse_lambda() {
  DepthGuard guard(*this);
  const Token& start = advance();
  ast::arguments* args = parse_parameters(true, Tok::kColon);
  expect(Tok::kColon);
  ast::Expr* body = parse_expression();
  auto* lambda = node<ast::Lambda>(NodeKind::kLambda, location_from(start));
  lambda->args = args;
  lambda->body = body;
  return lambda;
}

Span<ast::comprehension*> Parser::parse_comprehension_clauses() {
  std::vector<ast::comprehension*> generators;
  while (at(Tok::kFor) || (at(Tok::kAsync) && peek_type(1) == Tok::kFor)) {
    bool is_async = accept(Tok::kAsync);
    advance();
    auto* comp = node<ast::comprehension>(NodeKind::kcomprehension, {});
    comp->is_async = is_async;
    comp->target = parse_star_targets();
    expect(Tok::kIn);
    comp->iter = parse_disjunction();
    std::vector<ast::Expr*> ifs;
    while (accept(Tok::kIf)) ifs.push_back(parse_disjunction());
    comp->ifs = span(ifs);
    generators.push_back(comp);
  }
  return span(generators);
}

// CPython's star_targets, as used by `for` and comprehensions: primaries
// (names, attributes, subscripts, bracketed target lists), optionally
// starred, separated by commas.
ast::Expr* Parser::parse_star_targets() {
  const Token& start = peek();
  ast::Expr* first = parse_target_element();
  if (!at(Tok::kComma)) {
    set_context(first, ast::ExprContext::Store);
    return first;
  }
  std::vector<ast::Expr*> elts{first};
  while (accept(Tok::kComma)) {
    if (!starts_expression(peek_type()) && !at(Tok::kStar)) break;
    elts.push_back(parse_target_element());
  }
  auto* tuple = node<ast::Tuple>(NodeKind::kTuple, location_from(start));
  tuple->elts = span(elts);
  set_context(tuple, ast::ExprContext::Store);
  return tuple;
}

ast::Expr* Parser::parse_target_element() {
  if (!at(Tok::kStar)) return parse_primary();
  DepthGuard guard(*this);
  const Token& start = advance();
  ast::Expr* value = parse_target_element();
  auto* starred = node<ast::Starred>(NodeKind::kStarred, location_from(start));
  starred->value = value;
  return starred;
}

}  // namespace krait::syntax
