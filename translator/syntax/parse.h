// The syntax stage's entry point: a file's bytes to an AST, or diagnostics.
//
// Contract: `parse_file` decodes the raw bytes (BOM, PEP 263 cookie; see
// source_encoding.h), tokenizes and parses them as Python 3.11. The result
// always carries the decoded UTF-8 source (so diagnostics can be rendered
// against it) and the arena that owns every node. On success `module` is
// set; on a syntax error it is null and exactly one error, with CPython's
// message and location, has been reported to the sink. It never throws and
// never prints. Identifiers and string payloads in the tree point into the
// arena or into `source`, so keep the whole ParseResult alive while using
// the tree.
#pragma once

#include <memory>

#include "translator/diagnostics/diagnostic.h"
#include "translator/diagnostics/source_file.h"
#include "translator/syntax/arena.h"
#include "translator/syntax/ast.h"

namespace krait::syntax {

struct ParseResult {
  std::unique_ptr<SourceFile> source;  // the decoded (UTF-8) source; always set
  std::unique_ptr<Arena> arena;        // owns every AST node
  ast::Module* module = nullptr;       // null iff a syntax error was reported to the sink
};

// raw: the file's bytes as read from disk.
ParseResult parse_file(const SourceFile& raw, DiagnosticSink& sink);

}  // namespace krait::syntax
