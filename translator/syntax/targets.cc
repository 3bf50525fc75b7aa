// Assignment and deletion targets: checking an expression that was parsed
// before the parser knew it was a target, and giving it its context.
#include "translator/syntax/parser.h"

namespace krait::syntax {
using ast::NodeKind;

const char* expression_name(const ast::Expr* e) {
  switch (e->kind) {
    case NodeKind::kAttribute:
      return "attribute";
    case NodeKind::kSubscript:
      return "subscript";
    case NodeKind::kStarred:
      return "starred";
    case NodeKind::kName:
      return "name";
    case NodeKind::kList:
      return "list";
    case NodeKind::kTuple:
      return "tuple";
    case NodeKind::kLambda:
      return "lambda";
    case NodeKind::kCall:
      return "function call";
    case NodeKind::kBoolOp:
    case NodeKind::kBinOp:
    case NodeKind::kUnaryOp:
      return "expression";
    case NodeKind::kGeneratorExp:
      return "generator expression";
    case NodeKind::kYield:
    case NodeKind::kYieldFrom:
      return "yield expression";
    case NodeKind::kAwait:
      return "await expression";
    case NodeKind::kListComp:
      return "list comprehension";
    case NodeKind::kSetComp:
      return "set comprehension";
    case NodeKind::kDictComp:
      return "dict comprehension";
    case NodeKind::kDict:
      return "dict literal";
    case NodeKind::kSet:
      return "set display";
    case NodeKind::kJoinedStr:
    case NodeKind::kFormattedValue:
      return "f-string expression";
    case NodeKind::kConstant: {
      using Kind = ast::ConstantValue::Kind;
      switch (static_cast<const ast::Constant*>(e)->value.kind) {
        case Kind::kNone:
          return "None";
        case Kind::kFalse:
          return "False";
        case Kind::kTrue:
          return "True";
        case Kind::kEllipsis:
          return "ellipsis";
        default:
          return "literal";
      }
    }
    case NodeKind::kCompare:
      return "comparison";
    case NodeKind::kIfExp:
      return "conditional expression";
    case NodeKind::kNamedExpr:
      return "named expression";
    default:
      return "expression";
  }
}

const ast::Expr* Parser::invalid_target(const ast::Expr* e, ast::ExprContext ctx) const {
  switch (e->kind) {
    case NodeKind::kList:
    case NodeKind::kTuple:
      for (const ast::Expr* element : static_cast<const ast::List*>(e)->elts) {
        if (const ast::Expr* bad = invalid_target(element, ctx)) return bad;
      }
      return nullptr;
    case NodeKind::kStarred:
      if (ctx == ast::ExprContext::Del) return e;
      return invalid_target(static_cast<const ast::Starred*>(e)->value, ctx);
    case NodeKind::kName:
    case NodeKind::kSubscript:
    case NodeKind::kAttribute:
      return nullptr;
    default:
      return e;
  }
}

void Parser::fail_invalid_target(const ast::Expr* target, ast::ExprContext ctx,
                                 const ast::Expr* whole) {
  const ast::Expr* bad = invalid_target(target, ctx);
  if (bad == nullptr) bad = whole;
  std::string message = ctx == ast::ExprContext::Del ? "cannot delete " : "cannot assign to ";
  fail_range(bad->loc, message + expression_name(bad));
}

void Parser::set_context(ast::Expr* target, ast::ExprContext ctx) {
  if (invalid_target(target, ctx) != nullptr) fail_invalid_target(target, ctx, target);
  switch (target->kind) {
    case NodeKind::kName:
      static_cast<ast::Name*>(target)->ctx = ctx;
      break;
    case NodeKind::kAttribute:
      static_cast<ast::Attribute*>(target)->ctx = ctx;
      break;
    case NodeKind::kSubscript:
      static_cast<ast::Subscript*>(target)->ctx = ctx;
      break;
    case NodeKind::kStarred: {
      auto* starred = static_cast<ast::Starred*>(target);
      starred->ctx = ctx;
      set_context(starred->value, ctx);
      break;
    }
    case NodeKind::kList:
    case NodeKind::kTuple: {
      auto* list = static_cast<ast::List*>(target);
      list->ctx = ctx;
      for (ast::Expr* element : list->elts) set_context(element, ctx);
      break;
    }
    default:
      break;
  }
}

}  // namespace krait::syntax
