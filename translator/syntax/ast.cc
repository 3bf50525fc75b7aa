#include "translator/syntax/ast.h"

namespace krait::syntax::ast {

const char* node_kind_name(NodeKind kind) {
  if (kind == NodeKind::kExprStmt) return "Expr";  // the statement class CPython calls Expr
  switch (kind) {
#define KRAIT_AST_NAME(name) \
  case NodeKind::k##name:    \
    return #name;
    KRAIT_AST_NODE_KINDS(KRAIT_AST_NAME)
#undef KRAIT_AST_NAME
  }
  return "?";
}

bool node_kind_has_location(NodeKind kind) {
  switch (kind) {
    case NodeKind::kModule:
    case NodeKind::karguments:
    case NodeKind::kcomprehension:
    case NodeKind::kwithitem:
    case NodeKind::kmatch_case:
      return false;
    default:
      return true;
  }
}

const char* name_of(ExprContext value) {
  static const char* const names[] = {"Load", "Store", "Del"};
  return names[static_cast<int>(value)];
}

const char* name_of(BoolOperator value) {
  static const char* const names[] = {"And", "Or"};
  return names[static_cast<int>(value)];
}

const char* name_of(Operator value) {
  static const char* const names[] = {"Add",    "Sub",    "Mult",    "MatMult", "Div",
                                      "Mod",    "Pow",    "LShift",  "RShift",  "BitOr",
                                      "BitXor", "BitAnd", "FloorDiv"};
  return names[static_cast<int>(value)];
}

const char* name_of(UnaryOperator value) {
  static const char* const names[] = {"Invert", "Not", "UAdd", "USub"};
  return names[static_cast<int>(value)];
}

const char* name_of(CmpOperator value) {
  static const char* const names[] = {"Eq",  "NotEq", "Lt",    "LtE", "Gt",
                                      "GtE", "Is",    "IsNot", "In",  "NotIn"};
  return names[static_cast<int>(value)];
}

}  // namespace krait::syntax::ast
