// Turns a parsed C translation unit (Clang's AST and preprocessor) into the
// model of c_decls.h. Internal to the C header reader (clang_parse.cc).
//
// Contract: fills header.functions, records, typedefs, enums and macros in
// declaration order, with the layout Clang computes; locations are file
// locations (a declaration written through a macro is placed where the
// macro is used) with absolute paths; `in_main_file` marks what the main
// file declares. Declares Clang's classes only, so including this costs
// nothing; clang_walk.cc includes Clang's AST headers.
#pragma once

#include "ctypes_support/c_decls.h"

namespace clang {
class ASTContext;
class Preprocessor;
}  // namespace clang

namespace krait::ctypes_support {

void walk_translation_unit(clang::ASTContext& context, const clang::Preprocessor& preprocessor,
                           CHeader& header);

}  // namespace krait::ctypes_support
