// Traceback sites: what an uncaught exception's report shows for a frame.
//
// Contract: trace_site() renders the C++ initializer of an rt::TraceSite
// (runtime/traceback.h) for an operation of `function` at `range`: the
// line number, the source line stripped, and the caret row CPython 3.11's
// traceback module prints under it — `^` under the operation's expression
// unless it spans the whole line, or `~` and `^` around the operator of a
// binary operation and the brackets of a subscript — computed here with
// CPython's own rules (traceback.py: format_frame_summary,
// _extract_caret_anchors_from_line_segment), so the program needs no
// source file at run time. `frameless`: the function keeps no slot in the
// frame stack (rt::TraceSite::frameless). `file`: the module's path as
// tracebacks show it (rt::TraceSite::file), "" in the main program.
#pragma once

#include <string>

#include "translator/diagnostics/source_file.h"

namespace krait::backend {

std::string trace_site(const std::string& function, const std::string& file,
                       const SourceRange& range, bool frameless);

}  // namespace krait::backend
