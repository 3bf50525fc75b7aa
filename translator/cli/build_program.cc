#include "translator/cli/build_program.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <ostream>

#include "translator/driver/pipeline.h"

namespace krait::cli {

std::optional<std::string> translate_program(const TranslateOptions& opts, CommandContext& ctx,
                                             int* status) {
  driver::PipelineOptions pipeline;
  pipeline.file = opts.file;
  pipeline.int_mode = opts.int_mode == "wrap"  ? backend::IntMode::kWrap
                      : opts.int_mode == "big" ? backend::IntMode::kBig
                                               : backend::IntMode::kChecked;
  pipeline.module_path = opts.module_path;
  pipeline.linked_libraries = opts.linked_libraries;
  pipeline.c_headers = opts.c_headers;
  DiagnosticSink sink;
  driver::PipelineResult result = driver::translate(pipeline, sink);
  render_all(ctx.err, sink, ctx.render);
  if (opts.time_passes) {
    for (const auto& [stage, seconds] : result.timings) {
      char line[128];
      std::snprintf(line, sizeof line, "krait: %-22s %8.3f s\n", stage.c_str(), seconds);
      ctx.err << line;
    }
  }
  if (result.status == driver::LoadStatus::kUnreadable) {
    *status = usage_error(ctx, "cannot read '" + opts.file + "': " + result.read_error);
    return std::nullopt;
  }
  if (result.status != driver::LoadStatus::kOk) {
    *status = kProgramError;
    return std::nullopt;
  }
  return std::move(result.cpp);
}

std::optional<backend::CompileOptions> compile_options(const TranslateOptions& opts,
                                                       CommandContext& ctx, int* status) {
  backend::CompileOptions out;
  out.cxx = opts.cxx;
  out.opt_level = opts.opt_level;
  for (const std::string& dir : opts.library_path)
    out.library_path.push_back(std::filesystem::absolute(dir).string());
  out.runtime_root = backend::find_runtime_root();
  out.cache_dir = backend::default_cache_dir();
  if (out.runtime_root.empty()) {
    *status = usage_error(ctx,
                          "cannot find Krait's runtime sources; set KRAIT_RUNTIME_ROOT to the "
                          "directory that contains runtime/");
    return std::nullopt;
  }
  return out;
}

bool write_file(const std::string& path, const std::string& text, std::string* error) {
  std::string tmp = path + ".tmp-" + std::to_string(getpid());
  {
    std::ofstream out(tmp, std::ios::binary);
    out << text;
    if (!out) {
      *error = "cannot write " + path;
      std::remove(tmp.c_str());
      return false;
    }
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) {
    *error = "cannot write " + path + ": " + ec.message();
    return false;
  }
  return true;
}

}  // namespace krait::cli
