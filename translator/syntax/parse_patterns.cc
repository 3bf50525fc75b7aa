// The `match` statement and its patterns (PEP 634). `match` and `case` are
// soft keywords: a statement starting with `match` is tried as a match
// statement first and re-read as an ordinary statement if that fails.
#include "translator/syntax/literals.h"
#include "translator/syntax/parser.h"

namespace krait::syntax {

using ast::NodeKind;

ast::Stmt* Parser::try_parse_match() {
  Tok next = peek_type(1);
  if (!starts_expression(next) && next != Tok::kStar) return nullptr;
  size_t start_index = pos_;
  State saved = save_state();
  ast::Expr* subject = nullptr;
  try {
    advance();
    const Token& subject_start = peek();
    ast::Expr* first = parse_star_named_expression();
    if (at(Tok::kComma)) {
      std::vector<ast::Expr*> elts{first};
      while (accept(Tok::kComma)) {
        if (at(Tok::kColon)) break;
        elts.push_back(parse_star_named_expression());
      }
      auto* tuple = node<ast::Tuple>(NodeKind::kTuple, location_from(subject_start));
      tuple->elts = span(elts);
      first = tuple;
    } else if (first->kind == NodeKind::kStarred) {
      fail_generic();
    }
    subject = first;
    expect(Tok::kColon);
    expect(Tok::kNewline);
  } catch (SyntaxFailure& failure) {
    if (failure.from_tokenizer) throw;
    restore_state(saved);
    return nullptr;
  }
  const Token& start = tokens_[start_index];
  if (!at(Tok::kIndent)) {
    fail_at(peek(), "expected an indented block after 'match' statement on line " +
                        std::to_string(start.lineno));
  }
  advance();
  std::vector<ast::match_case*> cases;
  while (at_soft_keyword("case")) cases.push_back(parse_case_block());
  if (cases.empty()) fail_generic();
  expect(Tok::kDedent);
  auto* match = node<ast::Match>(NodeKind::kMatch, location_from(start));
  match->subject = subject;
  match->cases = span(cases);
  return match;
}

ast::match_case* Parser::parse_case_block() {
  const Token& start = advance();
  auto* result = node<ast::match_case>(NodeKind::kmatch_case, {});
  result->pattern = parse_patterns();
  if (accept(Tok::kIf)) result->guard = parse_named_expression();
  expect_header_colon();
  result->body = parse_block("'case' statement", start);
  return result;
}

// Top level of a case: a comma-separated sequence without brackets, or one
// pattern.
ast::Pattern* Parser::parse_patterns() {
  const Token& start = peek();
  ast::Pattern* first = at(Tok::kStar) ? parse_star_pattern() : parse_pattern();
  if (!at(Tok::kComma)) {
    if (first->kind == NodeKind::kMatchStar) fail_generic();
    return first;
  }
  std::vector<ast::Pattern*> patterns{first};
  while (accept(Tok::kComma)) {
    if (at(Tok::kColon) || at(Tok::kIf)) break;
    patterns.push_back(at(Tok::kStar) ? parse_star_pattern() : parse_pattern());
  }
  auto* sequence = node<ast::MatchSequence>(NodeKind::kMatchSequence, location_from(start));
  sequence->patterns = span(patterns);
  return sequence;
}

ast::Identifier Parser::parse_capture_name() {
  const Token& name = expect(Tok::kName);
  if (text_of(name) == "_") fail_at(name, "cannot use '_' as a target");
  return identifier(name);
}

ast::Pattern* Parser::parse_pattern() {
  DepthGuard guard(*this);
  const Token& start = peek();
  ast::Pattern* pattern = parse_or_pattern();
  if (!accept(Tok::kAs)) return pattern;
  ast::Identifier name = parse_capture_name();
  auto* as = node<ast::MatchAs>(NodeKind::kMatchAs, location_from(start));
  as->pattern = pattern;
  as->name = name;
  return as;
}

ast::Pattern* Parser::parse_or_pattern() {
  const Token& start = peek();
  ast::Pattern* first = parse_closed_pattern();
  if (!at(Tok::kVBar)) return first;
  std::vector<ast::Pattern*> patterns{first};
  while (accept(Tok::kVBar)) patterns.push_back(parse_closed_pattern());
  auto* alternatives = node<ast::MatchOr>(NodeKind::kMatchOr, location_from(start));
  alternatives->patterns = span(patterns);
  return alternatives;
}

ast::Pattern* Parser::parse_star_pattern() {
  const Token& start = advance();
  const Token& name = expect(Tok::kName);
  auto* star = node<ast::MatchStar>(NodeKind::kMatchStar, location_from(start));
  if (text_of(name) != "_") star->name = identifier(name);
  return star;
}

ast::Pattern* Parser::pattern_from_value(ast::Expr* value) {
  if (value->kind == NodeKind::kConstant) {
    auto kind = static_cast<ast::Constant*>(value)->value.kind;
    if (kind == ast::ConstantValue::Kind::kNone || kind == ast::ConstantValue::Kind::kTrue ||
        kind == ast::ConstantValue::Kind::kFalse) {
      auto* singleton = node<ast::MatchSingleton>(NodeKind::kMatchSingleton, value->loc);
      singleton->value = static_cast<ast::Constant*>(value)->value;
      return singleton;
    }
  }
  auto* match_value = node<ast::MatchValue>(NodeKind::kMatchValue, value->loc);
  match_value->value = value;
  return match_value;
}

// signed_number, optionally `+`/`-` an imaginary number (complex_number).
ast::Expr* Parser::parse_signed_number() {
  const Token& start = peek();
  ast::Expr* real;
  if (at(Tok::kMinus)) {
    advance();
    const Token& number = expect(Tok::kNumber);
    auto* constant = node<ast::Constant>(NodeKind::kConstant, location_from(number));
    constant->value = parse_number(text_of(number), arena_);
    auto* negative = node<ast::UnaryOp>(NodeKind::kUnaryOp, location_from(start));
    negative->op = ast::UnaryOperator::USub;
    negative->operand = constant;
    real = negative;
  } else {
    const Token& number = expect(Tok::kNumber);
    auto* constant = node<ast::Constant>(NodeKind::kConstant, location_from(number));
    constant->value = parse_number(text_of(number), arena_);
    real = constant;
  }
  if (!at(Tok::kPlus) && !at(Tok::kMinus)) return real;
  const ast::Expr* real_part =
      real->kind == NodeKind::kUnaryOp ? static_cast<ast::UnaryOp*>(real)->operand : real;
  if (static_cast<const ast::Constant*>(real_part)->value.kind ==
      ast::ConstantValue::Kind::kComplex) {
    fail_range(real_part->loc, "real number required in complex literal");
  }
  ast::Operator op = at(Tok::kPlus) ? ast::Operator::Add : ast::Operator::Sub;
  advance();
  const Token& number = expect(Tok::kNumber);
  auto* imag = node<ast::Constant>(NodeKind::kConstant, location_from(number));
  imag->value = parse_number(text_of(number), arena_);
  if (imag->value.kind != ast::ConstantValue::Kind::kComplex) {
    fail_range(imag->loc, "imaginary number required in complex literal");
  }
  auto* sum = node<ast::BinOp>(NodeKind::kBinOp, location_from(start));
  sum->left = real;
  sum->op = op;
  sum->right = imag;
  return sum;
}

// Keys of mapping patterns and literal patterns: numbers, strings, None,
// True, False.
ast::Expr* Parser::parse_literal_expression() {
  switch (peek_type()) {
    case Tok::kNumber:
    case Tok::kMinus:
      return parse_signed_number();
    case Tok::kString:
      return parse_strings();
    case Tok::kNone:
    case Tok::kTrue:
    case Tok::kFalse:
      return parse_atom();
    case Tok::kName: {
      ast::Expr* value = parse_name_or_attribute();
      if (value->kind == NodeKind::kName) fail_generic();
      return value;
    }
    default:
      fail_generic();
  }
}

ast::Expr* Parser::parse_name_or_attribute() {
  const Token& start = peek();
  ast::Expr* value = parse_name();
  while (at(Tok::kDot)) {
    advance();
    const Token& name = expect(Tok::kName);
    auto* attribute = node<ast::Attribute>(NodeKind::kAttribute, location_from(start));
    attribute->value = value;
    attribute->attr = identifier(name);
    attribute->ctx = ast::ExprContext::Load;
    value = attribute;
  }
  return value;
}

ast::Pattern* Parser::parse_closed_pattern() {
  const Token& start = peek();
  switch (start.type) {
    case Tok::kNumber:
    case Tok::kMinus:
    case Tok::kString:
    case Tok::kNone:
    case Tok::kTrue:
    case Tok::kFalse:
      return pattern_from_value(parse_literal_expression());
    case Tok::kLPar:
    case Tok::kLSqb:
      return parse_sequence_pattern(start.type == Tok::kLPar ? Tok::kRPar : Tok::kRSqb, start);
    case Tok::kLBrace:
      return parse_mapping_pattern();
    case Tok::kName: {
      Tok next = peek_type(1);
      if (text_of(start) == "_" && next != Tok::kDot && next != Tok::kLPar) {
        advance();
        return node<ast::MatchAs>(NodeKind::kMatchAs, location_from(start));
      }
      ast::Expr* value = parse_name_or_attribute();
      if (at(Tok::kLPar)) return parse_class_pattern(value, start);
      if (value->kind == NodeKind::kAttribute) {
        auto* match_value = node<ast::MatchValue>(NodeKind::kMatchValue, value->loc);
        match_value->value = value;
        return match_value;
      }
      auto* capture = node<ast::MatchAs>(NodeKind::kMatchAs, value->loc);
      capture->name = static_cast<ast::Name*>(value)->id;
      return capture;
    }
    default:
      fail_generic();
  }
}

// `(p)` is a group; `()`, `(p,)`, `[...]` are sequences.
ast::Pattern* Parser::parse_sequence_pattern(Tok closer, const Token& start) {
  advance();
  ++bracket_depth_;
  std::vector<ast::Pattern*> patterns;
  bool comma = false;
  while (!at(closer)) {
    patterns.push_back(at(Tok::kStar) ? parse_star_pattern() : parse_pattern());
    if (!accept(Tok::kComma)) break;
    comma = true;
  }
  --bracket_depth_;
  expect(closer);
  if (closer == Tok::kRPar && patterns.size() == 1 && !comma) {
    if (patterns[0]->kind == NodeKind::kMatchStar) fail_range(patterns[0]->loc, "invalid syntax");
    return patterns[0];
  }
  auto* sequence = node<ast::MatchSequence>(NodeKind::kMatchSequence, location_from(start));
  sequence->patterns = span(patterns);
  return sequence;
}

ast::Pattern* Parser::parse_mapping_pattern() {
  const Token& start = advance();
  ++bracket_depth_;
  std::vector<ast::Expr*> keys;
  std::vector<ast::Pattern*> patterns;
  ast::Identifier rest;
  while (!at(Tok::kRBrace)) {
    if (rest.data() != nullptr) fail_generic();
    if (accept(Tok::kDoubleStar)) {
      rest = parse_capture_name();
    } else {
      keys.push_back(parse_literal_expression());
      expect(Tok::kColon);
      patterns.push_back(parse_pattern());
    }
    if (!accept(Tok::kComma)) break;
  }
  --bracket_depth_;
  expect(Tok::kRBrace);
  auto* mapping = node<ast::MatchMapping>(NodeKind::kMatchMapping, location_from(start));
  mapping->keys = span(keys);
  mapping->patterns = span(patterns);
  mapping->rest = rest;
  return mapping;
}

ast::Pattern* Parser::parse_class_pattern(ast::Expr* cls, const Token& start) {
  advance();
  ++bracket_depth_;
  std::vector<ast::Pattern*> patterns;
  std::vector<ast::Identifier> kwd_attrs;
  std::vector<ast::Pattern*> kwd_patterns;
  while (!at(Tok::kRPar)) {
    if (at(Tok::kName) && peek_type(1) == Tok::kEqual) {
      kwd_attrs.push_back(identifier(advance()));
      advance();
      kwd_patterns.push_back(parse_pattern());
    } else {
      ast::Pattern* positional = parse_pattern();
      if (!kwd_attrs.empty()) {
        fail_range(positional->loc, "positional patterns follow keyword patterns");
      }
      patterns.push_back(positional);
    }
    if (!accept(Tok::kComma)) break;
  }
  --bracket_depth_;
  expect(Tok::kRPar);
  auto* pattern = node<ast::MatchClass>(NodeKind::kMatchClass, location_from(start));
  pattern->cls = cls;
  pattern->patterns = span(patterns);
  pattern->kwd_attrs = span(kwd_attrs);
  pattern->kwd_patterns = span(kwd_patterns);
  return pattern;
}

}  // namespace krait::syntax
