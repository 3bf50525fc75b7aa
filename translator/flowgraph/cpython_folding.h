// Which expressions CPython 3.11's AST optimizer folds to a constant.
//
// Contract: cpython_folds(e) is true when CPython's compiler replaces `e`
// by a constant (Python/ast_opt.c): a literal, or a unary or binary operator
// or tuple over such expressions, except where the optimizer refuses to
// compute the result: int products, powers and left shifts beyond 128 bits
// (safe_multiply, safe_power, safe_lshift), and int operations that raise
// (division or modulo by zero, negative shift counts). Int values are
// computed exactly; operations on other constants (floats, strings) are
// taken to fold. A set display folds into a frozenset constant exactly when
// all its items fold, which decides its iteration order.
#pragma once

#include "translator/syntax/ast.h"

namespace krait::flow {

bool cpython_folds(const syntax::ast::Expr* e);

}  // namespace krait::flow
