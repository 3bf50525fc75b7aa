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

nlohmann::json diagnostic_to_json(const CDiagnostic& d) {
  nlohmann::json j = {{"severity", severity_name(d.severity)},
                      {"file", d.location.file},
                      {"line", d.location.line},
                      {"column", d.location.column},
                      {"message", d.message}};
  if (!d.notes.empty()) {
    nlohmann::json notes = nlohmann::json::array();
    for (const CDiagnostic& note : d.notes) notes.push_back(diagnostic_to_json(note));
    j["notes"] = std::move(notes);
  }
  return j;
}

std::optional<CDiagnostic> diagnostic_from_json(const nlohmann::json& j) {
  try {
    CDiagnostic d;
    std::string severity = j.at("severity").get<std::string>();
    d.severity = severity == "note"      ? Severity::kNote
                 : severity == "warning" ? Severity::kWarning
                                         : Severity::kError;
    d.location = CLocation{j.at("file").get<std::string>(), j.at("line").get<int>(),
                           j.at("column").get<int>()};
    d.message = j.at("message").get<std::string>();
    if (j.contains("notes")) {
      for (const nlohmann::json& note : j["notes"]) {
        std::optional<CDiagnostic> n = diagnostic_from_json(note);
        if (!n) return std::nullopt;
        d.notes.push_back(std::move(*n));
      }
    }
    return d;
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

void report_c_diagnostics(const std::vector<CDiagnostic>& diagnostics, DiagnosticSink& sink,
                          std::deque<std::unique_ptr<SourceFile>>& files) {
  for (const CDiagnostic& c : diagnostics) sink.report(convert(c, files));
}

}  // namespace krait::ctypes_support
