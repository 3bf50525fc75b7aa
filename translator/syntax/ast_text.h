// A compact, readable dump of the AST (what `krait parse` prints by
// default): one node per line, indented by depth, with its location as
// line:col-end_line:end_col and its scalar fields inline, e.g.
//
//   Assign 1:0-1:9
//     targets:
//       Name 1:0-1:1 id=x ctx=Store
//     value: BinOp 1:4-1:9 op=Add
//       left: Constant 1:4-1:5 value=1
//       right: Name 1:8-1:9 id=y ctx=Load
//
// Empty lists and absent optional fields are left out. Constants print as in
// the JSON dump (ast_json.h) without the wrapping object.
#pragma once

#include <ostream>

#include "translator/syntax/ast.h"

namespace krait::syntax {

void dump_text(std::ostream& out, const ast::Module& module);

}  // namespace krait::syntax
