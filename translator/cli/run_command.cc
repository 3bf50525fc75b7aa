// `krait run FILE [-- ARGS...]`: translate, build (cached by content) and run.
#include <cstring>
#include <filesystem>
#include <ostream>

#include "translator/cli/build_program.h"
#include "translator/cli/command.h"
#include "translator/cli/translate_options.h"

namespace krait::cli {
namespace {

struct Options {
  TranslateOptions common;
  std::vector<std::string> program_args;
};

int run_run(const Options& opts, CommandContext& ctx) {
  int status = kSuccess;
  std::optional<std::string> cpp = translate_program(opts.common, ctx, &status);
  if (!cpp) return status;
  std::optional<backend::CompileOptions> compile = compile_options(opts.common, ctx, &status);
  if (!compile) return status;
  // The binary is cached under the hash of its C++, of the runtime it links
  // (the archive's path names the runtime's content hash) and of how it is built.
  std::string error;
  std::optional<std::string> archive = backend::runtime_archive(*compile, &error);
  if (!archive) {
    ctx.err << "krait: " << error << '\n';
    return kUsageError;
  }
  std::string how = compile->cxx + " -O" + compile->opt_level;
  for (const std::string& dir : compile->library_path) how += " -L" + dir;
  std::string key = backend::content_hash(*cpp + "\n" + *archive + "\n" + how);
  std::filesystem::path dir = std::filesystem::path(compile->cache_dir) / "programs" / key;
  std::filesystem::path binary = dir / "program";
  if (!std::filesystem::exists(binary)) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    std::string cpp_path = (dir / "program.cc").string();
    if (!write_file(cpp_path, *cpp, &error)) return usage_error(ctx, error);
    if (ctx.render.color) ctx.err << "krait: building " << opts.common.file << "...\n";
    if (!backend::build_executable(cpp_path, binary.string(), *compile, &error)) {
      ctx.err << "krait: " << error << '\n';
      return kUsageError;
    }
  }
  ctx.out.flush();
  std::vector<std::string> argv = {binary.string()};
  argv.insert(argv.end(), opts.program_args.begin(), opts.program_args.end());
  int signal = 0;
  int code = backend::run_process(argv, nullptr, &signal);
  if (signal != 0) {  // a bug in Krait's generated code or runtime, never the program's
    ctx.err << "krait: internal error: the program was killed by signal " << signal << " ("
            << strsignal(signal) << ")\n";
  } else if (code < 0) {
    ctx.err << "krait: cannot run " << binary.string() << '\n';
  }
  return code < 0 ? kUsageError : code;
}

}  // namespace

void add_run_command(CLI::App& app, CommandContext& ctx) {
  auto opts = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand(
      "run", "Translate, build (cached by content) and run a Python program; ARGS follow '--'");
  add_translate_options(*cmd, opts->common);
  cmd->add_option("args", opts->program_args, "Arguments for the program (after --)");
  cmd->callback([&ctx, opts] { ctx.exit_code = run_run(*opts, ctx); });
}

}  // namespace krait::cli
