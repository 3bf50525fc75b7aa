// The backend: annotated flow graphs to C++ source.
//
// Contract: emit_program() turns the annotator's results into one C++20
// translation unit that includes the runtime (runtime/), defines a struct per
// class (GC-allocated, fields from the inferred attributes), one function per
// specialization (named after the Python function), the module's globals and
// body, and main(). Values are unboxed where the type allows (see
// cpp_types.h). Every operation is preceded by a #line directive naming its
// .py line, so the C++ reads against the source. The output depends only on
// the program: translating the same input twice gives byte-identical C++.
// A construct the backend cannot translate yet is reported as a diagnostic
// naming it (exit 1); a C++ compiler error on the output is a Krait bug.
#pragma once

#include <optional>
#include <string>

#include "annotator/annotator.h"
#include "translator/diagnostics/diagnostic.h"

namespace krait::backend {

enum class IntMode { kChecked, kWrap, kBig };

struct EmitOptions {
  IntMode int_mode = IntMode::kChecked;
  std::string script_name;  // sys.argv[0] and the #line file name
  // Libraries the program loads with ctypes that the build system links
  // itself, by file name ("libfoo.so": CDLL("libfoo.so") or
  // CDLL(find_library("foo"))): no link flag for them.
  std::vector<std::string> linked_libraries;
};

std::optional<std::string> emit_program(annotator::Annotator& annotator, const EmitOptions& options,
                                        DiagnosticSink& sink);

}  // namespace krait::backend
