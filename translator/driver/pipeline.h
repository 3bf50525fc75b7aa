// The whole translation: source file -> C++ source, stage by stage.
//
// Contract: translate() runs the front end (frontend.h), the annotator and
// the backend in order, stops at the first stage that reports an error, and
// records how long each stage took (for --time-passes). The C++ is
// deterministic: the same input and options give the same bytes.
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "backend/backend.h"
#include "translator/diagnostics/diagnostic.h"
#include "translator/driver/frontend.h"

namespace krait::driver {

struct PipelineOptions {
  std::string file;
  backend::IntMode int_mode = backend::IntMode::kChecked;
  std::vector<std::string> module_path;       // folders searched for imports after the program's
  std::vector<std::string> linked_libraries;  // ctypes libraries the build links (EmitOptions)
  CHeaderOptions c_headers;                   // checked against ctypes declarations
};

struct PipelineResult {
  // Owns the sources, trees and graphs the diagnostics point into: keep the
  // result alive until they are rendered.
  std::unique_ptr<Frontend> frontend;
  LoadStatus status = LoadStatus::kOk;
  std::string read_error;
  std::string cpp;
  std::vector<std::pair<std::string, double>> timings;  // stage, seconds
};

PipelineResult translate(const PipelineOptions& options, DiagnosticSink& sink);

}  // namespace krait::driver
