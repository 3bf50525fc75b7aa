#include "translator/diagnostics/diagnostic.h"

#include <algorithm>
#include <ostream>

namespace krait {
namespace {

// ANSI colours as GCC uses them: bold location, red errors, magenta
// warnings, cyan notes, green caret.
constexpr const char* kBold = "\033[1m";
constexpr const char* kReset = "\033[0m";
constexpr const char* kGreen = "\033[1;32m";

const char* severity_color(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return "\033[1;31m";
    case Severity::kWarning:
      return "\033[1;35m";
    case Severity::kNote:
      return "\033[1;36m";
  }
  return "";
}

bool is_continuation_byte(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// Writes the gutter-prefixed source line and, below it, a caret under the
// start of the range followed by tildes to its end (when on the same line).
void render_excerpt(std::ostream& out, const SourceRange& range, const RenderOptions& options) {
  std::string_view line = range.file->line(range.begin.line);
  std::string number = std::to_string(range.begin.line);
  std::string gutter(number.size(), ' ');
  out << ' ' << number << " | " << line << '\n';

  int begin = std::clamp(range.begin.column, 0, static_cast<int>(line.size()));
  int end = range.end.line == range.begin.line
                ? std::clamp(range.end.column, begin, static_cast<int>(line.size()))
                : begin;
  // Keep tabs so the caret lines up however the terminal expands them.
  std::string indent;
  for (int i = 0; i < begin; ++i) {
    if (line[i] == '\t')
      indent += '\t';
    else if (!is_continuation_byte(line[i]))
      indent += ' ';
  }
  std::string marker = "^";
  for (int i = begin + 1; i < end; ++i) {
    if (!is_continuation_byte(line[i])) marker += '~';
  }
  out << ' ' << gutter << " | " << indent;
  if (options.color) out << kGreen;
  out << marker;
  if (options.color) out << kReset;
  out << '\n';
}

}  // namespace

const char* severity_name(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kNote:
      return "note";
  }
  return "error";
}

void DiagnosticSink::report(Diagnostic diagnostic) {
  if (diagnostic.severity == Severity::kError) ++error_count_;
  diagnostics_.push_back(std::move(diagnostic));
}

void DiagnosticSink::error(const SourceRange& range, std::string message) {
  report(Diagnostic{Severity::kError, range, std::move(message), {}});
}

int display_column(std::string_view line, int byte_column) {
  int column = 1;
  int limit = std::min(byte_column, static_cast<int>(line.size()));
  for (int i = 0; i < limit; ++i) {
    if (!is_continuation_byte(line[i])) ++column;
  }
  // Columns past the end of the line (e.g. at end of file) keep counting.
  return column + std::max(0, byte_column - limit);
}

void render_diagnostic(std::ostream& out, const Diagnostic& diagnostic,
                       const RenderOptions& options) {
  const SourceRange& range = diagnostic.range;
  bool has_line = range.file != nullptr && range.begin.line >= 1 &&
                  range.begin.line <= range.file->line_count();
  if (options.color) out << kBold;
  if (range.file != nullptr) {
    out << range.file->name() << ':';
    if (range.begin.line >= 1) {
      out << range.begin.line << ':'
          << display_column(range.file->line(range.begin.line), range.begin.column) << ':';
    }
    out << ' ';
  } else {
    out << "krait: ";
  }
  if (options.color) out << kReset << severity_color(diagnostic.severity);
  out << severity_name(diagnostic.severity) << ':';
  if (options.color) out << kReset;
  out << ' ' << diagnostic.message << '\n';
  if (has_line) render_excerpt(out, range, options);
  for (const Diagnostic& note : diagnostic.notes) render_diagnostic(out, note, options);
}

void render_all(std::ostream& out, const DiagnosticSink& sink, const RenderOptions& options) {
  for (const Diagnostic& diagnostic : sink.diagnostics()) {
    render_diagnostic(out, diagnostic, options);
  }
}

}  // namespace krait
