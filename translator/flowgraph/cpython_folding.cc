#include "translator/flowgraph/cpython_folding.h"

#include <gmpxx.h>

#include <optional>
#include <string>

namespace krait::flow {

namespace ast = syntax::ast;

namespace {

constexpr size_t kMaxIntBits = 128;  // ast_opt.c's MAX_INT_SIZE

// A folded constant: an int (with its value) or something else.
struct Folded {
  bool is_int = false;
  mpz_class value;
};

size_t bits(const mpz_class& v) {
  return v == 0 ? 0 : mpz_sizeinbase(v.get_mpz_t(), 2);
}

std::optional<Folded> literal(const ast::ConstantValue& c) {
  using Kind = ast::ConstantValue::Kind;
  if (c.kind == Kind::kTrue || c.kind == Kind::kFalse) return Folded{true, c.kind == Kind::kTrue};
  if (c.kind != Kind::kInt) return Folded{};
  std::string digits;
  int base = 10;
  std::string_view text = c.text;
  if (text.size() > 2 && text[0] == '0') {
    char p = static_cast<char>(text[1] | 0x20);
    base = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 10;
    if (base != 10) text.remove_prefix(2);
  }
  for (char ch : text) {
    if (ch != '_') digits.push_back(ch);
  }
  return Folded{true, mpz_class(digits, base)};
}

std::optional<Folded> binary(ast::Operator op, const Folded& a, const Folded& b) {
  if (!a.is_int || !b.is_int) return Folded{};
  const mpz_class &v = a.value, &w = b.value;
  mpz_class r;
  switch (op) {
    case ast::Operator::Add:
      return Folded{true, v + w};
    case ast::Operator::Sub:
      return Folded{true, v - w};
    case ast::Operator::Mult:
      if (v != 0 && w != 0 && bits(v) + bits(w) > kMaxIntBits) return std::nullopt;
      return Folded{true, v * w};
    case ast::Operator::Div:
      if (w == 0) return std::nullopt;
      return Folded{};
    case ast::Operator::FloorDiv:
      if (w == 0) return std::nullopt;
      mpz_fdiv_q(r.get_mpz_t(), v.get_mpz_t(), w.get_mpz_t());
      return Folded{true, r};
    case ast::Operator::Mod:
      if (w == 0) return std::nullopt;
      mpz_fdiv_r(r.get_mpz_t(), v.get_mpz_t(), w.get_mpz_t());
      return Folded{true, r};
    case ast::Operator::Pow:
      if (w < 0) return v == 0 ? std::nullopt : std::optional<Folded>(Folded{});  // a float
      if (v != 0 && w > 0 && (!w.fits_ulong_p() || bits(v) > kMaxIntBits / w.get_ui()))
        return std::nullopt;
      mpz_pow_ui(r.get_mpz_t(), v.get_mpz_t(), w.get_ui());
      return Folded{true, r};
    case ast::Operator::LShift:
      if (w < 0) return std::nullopt;
      if (v != 0 && w != 0 && (w > kMaxIntBits || bits(v) > kMaxIntBits - w.get_ui()))
        return std::nullopt;
      mpz_mul_2exp(r.get_mpz_t(), v.get_mpz_t(), w.get_ui());
      return Folded{true, r};
    case ast::Operator::RShift:
      if (w < 0) return std::nullopt;
      if (!w.fits_ulong_p()) return Folded{true, v < 0 ? -1 : 0};
      mpz_fdiv_q_2exp(r.get_mpz_t(), v.get_mpz_t(), w.get_ui());
      return Folded{true, r};
    case ast::Operator::BitOr:
      return Folded{true, v | w};
    case ast::Operator::BitXor:
      return Folded{true, v ^ w};
    case ast::Operator::BitAnd:
      return Folded{true, v & w};
    case ast::Operator::MatMult:
      return std::nullopt;
  }
  return std::nullopt;
}

std::optional<Folded> fold(const ast::Expr* e) {
  switch (e->kind) {
    case ast::NodeKind::kConstant:
      return literal(static_cast<const ast::Constant*>(e)->value);
    case ast::NodeKind::kUnaryOp: {
      const auto* u = static_cast<const ast::UnaryOp*>(e);
      std::optional<Folded> v = fold(u->operand);
      if (!v || !v->is_int) return v ? std::optional<Folded>(Folded{}) : std::nullopt;
      switch (u->op) {
        case ast::UnaryOperator::USub:
          return Folded{true, -v->value};
        case ast::UnaryOperator::UAdd:
          return v;
        case ast::UnaryOperator::Invert:
          return Folded{true, ~v->value};
        case ast::UnaryOperator::Not:
          return Folded{true, v->value == 0};
      }
      return std::nullopt;
    }
    case ast::NodeKind::kBinOp: {
      const auto* b = static_cast<const ast::BinOp*>(e);
      std::optional<Folded> l = fold(b->left);
      std::optional<Folded> r = l ? fold(b->right) : std::nullopt;
      if (!r) return std::nullopt;
      return binary(b->op, *l, *r);
    }
    case ast::NodeKind::kTuple:
      for (const ast::Expr* item : static_cast<const ast::List*>(e)->elts) {
        if (!fold(item)) return std::nullopt;
      }
      return Folded{};
    default:
      return std::nullopt;
  }
}

}  // namespace

bool cpython_folds(const ast::Expr* e) {
  return fold(e).has_value();
}

}  // namespace krait::flow
