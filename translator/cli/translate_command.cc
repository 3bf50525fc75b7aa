// `krait translate FILE -o BINARY [--emit-cpp DIR]`: the whole pipeline.
#include <filesystem>
#include <ostream>

#include "translator/cli/build_program.h"
#include "translator/cli/command.h"
#include "translator/cli/translate_options.h"

namespace krait::cli {
namespace {

struct Options {
  TranslateOptions common;
  std::string output;
  std::string emit_cpp;
  std::string emit_link_script;
};

int run_translate(const Options& opts, CommandContext& ctx) {
  if (opts.output.empty() && opts.emit_cpp.empty() && opts.emit_link_script.empty()) {
    return usage_error(ctx, "nothing to write: give -o BINARY, --emit-cpp DIR, or both");
  }
  int status = kSuccess;
  std::optional<std::string> cpp = translate_program(opts.common, ctx, &status);
  if (!cpp) return status;
  std::string error;
  std::string stem = std::filesystem::path(opts.common.file).stem().string();
  std::string cpp_path;
  if (!opts.emit_cpp.empty()) {
    std::error_code ec;
    std::filesystem::create_directories(opts.emit_cpp, ec);
    cpp_path = (std::filesystem::path(opts.emit_cpp) / (stem + ".cc")).string();
    if (!write_file(cpp_path, *cpp, &error)) return usage_error(ctx, error);
  }
  if (!opts.emit_link_script.empty() &&
      !write_file(opts.emit_link_script, backend::link_script(backend::c_library_flags(*cpp)),
                  &error))
    return usage_error(ctx, error);
  if (opts.output.empty()) return kSuccess;
  std::optional<backend::CompileOptions> compile = compile_options(opts.common, ctx, &status);
  if (!compile) return status;
  if (cpp_path.empty()) {
    std::error_code ec;
    std::filesystem::create_directories(compile->cache_dir, ec);
    cpp_path = compile->cache_dir + "/" + stem + "-" + backend::content_hash(*cpp) + ".cc";
    if (!write_file(cpp_path, *cpp, &error)) return usage_error(ctx, error);
  }
  if (!backend::build_executable(cpp_path, opts.output, *compile, &error)) {
    ctx.err << "krait: " << error << '\n';
    return kUsageError;
  }
  return kSuccess;
}

}  // namespace

void add_translate_command(CLI::App& app, CommandContext& ctx) {
  auto opts = std::make_shared<Options>();
  CLI::App* cmd =
      app.add_subcommand("translate", "Translate a Python program to C++ and build an executable");
  add_translate_options(*cmd, opts->common);
  cmd->add_option("-o,--output", opts->output, "Executable to write");
  cmd->add_option("--emit-cpp", opts->emit_cpp, "Also write the generated C++ into this directory");
  cmd->add_option("--emit-link-script", opts->emit_link_script,
                  "Also write a GNU ld script of the C libraries the program loads with ctypes");
  cmd->callback([&ctx, opts] { ctx.exit_code = run_translate(*opts, ctx); });
}

}  // namespace krait::cli
