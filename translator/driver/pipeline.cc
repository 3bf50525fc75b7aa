#include "translator/driver/pipeline.h"

#include <chrono>

#include "annotator/annotator.h"

namespace krait::driver {
namespace {

class StageTimer {
 public:
  explicit StageTimer(PipelineResult& result) : result_(result) {}
  void done(const char* stage) {
    auto now = std::chrono::steady_clock::now();
    result_.timings.emplace_back(stage, std::chrono::duration<double>(now - last_).count());
    last_ = now;
  }

 private:
  PipelineResult& result_;
  std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
};

}  // namespace

PipelineResult translate(const PipelineOptions& options, DiagnosticSink& sink) {
  PipelineResult result;
  StageTimer timer(result);
  result.frontend = std::make_unique<Frontend>();
  Frontend& frontend = *result.frontend;
  frontend.program.big_ints = options.int_mode == backend::IntMode::kBig;
  result.status = load_program(options.file, frontend, sink, &result.read_error,
                               LoadOptions{options.module_path, options.c_headers});
  timer.done("parse + flow graphs");
  if (result.status != LoadStatus::kOk) return result;

  annotator::Annotator annotator(frontend.program, sink);
  bool annotated = annotator.annotate(*frontend.main_module, std::move(frontend.module_graph));
  timer.done("annotate");
  if (!annotated) {
    result.status = LoadStatus::kProgramError;
    return result;
  }
  backend::EmitOptions emit;
  emit.int_mode = options.int_mode;
  emit.script_name = options.file;
  emit.linked_libraries = options.linked_libraries;
  std::optional<std::string> cpp = backend::emit_program(annotator, emit, sink);
  timer.done("emit C++");
  if (!cpp) {
    result.status = LoadStatus::kProgramError;
    return result;
  }
  result.cpp = std::move(*cpp);
  return result;
}

}  // namespace krait::driver
