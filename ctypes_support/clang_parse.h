// The one place that runs Clang: parses a C header and builds the model.
//
// Contract: parse_with_clang parses `header` (an absolute path) as C
// (`-x c-header`, Clang's builtin headers from clang_resource_dir(), the
// system include paths Clang's driver finds, then `flags`) and returns the
// model, or nullopt with at least one error in `diagnostics` (Clang's own
// errors with their places; paths under the working directory are shown
// relative to it). It never throws and never prints. This header includes
// nothing from Clang; clang_parse.cc is the only file that does (with
// clang_walk.cc, which turns the AST into the model). It runs inside
// krait-clang-reader (clang_reader_main.cc), never inside krait.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ctypes_support/c_decls.h"
#include "ctypes_support/c_diagnostic.h"

namespace krait::ctypes_support {

std::optional<CHeader> parse_with_clang(const std::string& header,
                                        const std::vector<std::string>& flags,
                                        std::vector<CDiagnostic>& diagnostics);

// Clang's resource directory (builtin headers: stddef.h, stdarg.h ...), found
// as `clang -print-resource-dir` would from the Clang library this process
// loaded (<libdir>/clang/<major>), else $KRAIT_CLANG_RESOURCE_DIR, else
// /usr/lib/llvm-<major>/lib/clang/<major>; empty when none has stddef.h.
std::string clang_resource_dir();

}  // namespace krait::ctypes_support
