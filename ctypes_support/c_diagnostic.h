// A problem found while reading a C header (the header is missing, Clang
// reports an error in it), before it becomes a Krait Diagnostic.
//
// Contract: CDiagnostic names its place as Clang does (file, 1-based line and
// byte column; line 0 when there is none). report_c_diagnostics turns each
// into a Krait Diagnostic in `sink`, loading the C files they name into
// `files` (which must outlive the sink's use) so that rendering shows the C
// source line and a caret, GCC-style: `zlib.h:12:5: error: ...`. The JSON
// form carries them from the Clang process (clang_process.h) to krait:
// diagnostic_from_json(diagnostic_to_json(d)) == d.
#pragma once

#include <deque>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "ctypes_support/c_decls.h"
#include "translator/diagnostics/diagnostic.h"

namespace krait::ctypes_support {

struct CDiagnostic {
  Severity severity = Severity::kError;
  CLocation location;  // location.file empty: about no file
  std::string message;
  std::vector<CDiagnostic> notes;  // Clang's notes on this error ("to match this '('")
  bool operator==(const CDiagnostic&) const = default;
};

nlohmann::json diagnostic_to_json(const CDiagnostic& diagnostic);
// nullopt when `json` is not a diagnostic's JSON.
std::optional<CDiagnostic> diagnostic_from_json(const nlohmann::json& json);

void report_c_diagnostics(const std::vector<CDiagnostic>& diagnostics, DiagnosticSink& sink,
                          std::deque<std::unique_ptr<SourceFile>>& files);

}  // namespace krait::ctypes_support
