#include "ctypes_support/c_diagnostic.h"

namespace krait::ctypes_support {

namespace {

Diagnostic convert(const CDiagnostic& c, std::deque<std::unique_ptr<SourceFile>>& files) {
  Diagnostic d;
  d.severity = c.severity;
  d.message = c.message;
  if (!c.location.file.empty()) {
    const SourceFile* file = nullptr;
    for (const auto& loaded : files) {
      if (loaded->name() == c.location.file) file = loaded.get();
    }
    if (file == nullptr) {
      std::string error;
      std::optional<SourceFile> read = SourceFile::read(c.location.file, &error);
      // An unreadable file still names the place; its excerpt is empty.
      files.push_back(
          std::make_unique<SourceFile>(read ? std::move(*read) : SourceFile(c.location.file, "")));
      file = files.back().get();
    }
    d.range.file = file;
    d.range.begin = SourcePos{c.location.line, std::max(0, c.location.column - 1)};
    d.range.end = d.range.begin;
  }
  for (const CDiagnostic& note : c.notes) d.notes.push_back(convert(note, files));
  return d;
}

}  // namespace

void report_c_diagnostics(const std::vector<CDiagnostic>& diagnostics, DiagnosticSink& sink,
                          std::deque<std::unique_ptr<SourceFile>>& files) {
  for (const CDiagnostic& c : diagnostics) sink.report(convert(c, files));
}

}  // namespace krait::ctypes_support
