// Diagnostics shared by every stage of the pipeline.
//
// Contract: a stage that finds a problem in the user's program reports a
// Diagnostic (severity, source range, message, optional notes) to a
// DiagnosticSink and carries on or stops as it sees fit; it never prints and
// never throws for user errors. The driver renders diagnostics GCC-style:
//
//   file.py:3:7: error: message
//       3 | x = (1 +
//         |       ^~
//
// Columns shown are 1-based and count code points (as GCC and CPython show
// them); ranges inside SourceRange stay in CPython's 0-based byte columns.
// Colour is used only when the renderer is told the stream is a terminal.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "translator/diagnostics/source_file.h"

namespace krait {

enum class Severity { kError, kWarning, kNote };

const char* severity_name(Severity severity);

struct Diagnostic {
  Severity severity = Severity::kError;
  SourceRange range;  // range.file may be null for diagnostics about no file
  std::string message;
  std::vector<Diagnostic> notes;  // "note: ..." lines that explain the error
};

// Collects diagnostics in the order they were reported.
class DiagnosticSink {
 public:
  void report(Diagnostic diagnostic);
  void error(const SourceRange& range, std::string message);

  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }
  int error_count() const { return error_count_; }
  bool has_errors() const { return error_count_ > 0; }

 private:
  std::vector<Diagnostic> diagnostics_;
  int error_count_ = 0;
};

struct RenderOptions {
  bool color = false;
};

// Writes one diagnostic (and its notes) in GCC style.
void render_diagnostic(std::ostream& out, const Diagnostic& diagnostic,
                       const RenderOptions& options = {});

// Writes every diagnostic of the sink.
void render_all(std::ostream& out, const DiagnosticSink& sink, const RenderOptions& options = {});

// Display column (1-based, in code points) of a 0-based byte column in `line`.
int display_column(std::string_view line, int byte_column);

}  // namespace krait
