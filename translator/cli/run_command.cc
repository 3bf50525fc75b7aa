// `krait run FILE [-- ARGS...]`: translate, build (cached) and run.
#include "translator/cli/command.h"
#include "translator/cli/translate_options.h"

namespace krait::cli {

void add_run_command(CLI::App& app, CommandContext& ctx) {
  struct Options {
    TranslateOptions common;
    std::vector<std::string> program_args;
  };
  auto opts = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand(
      "run", "Translate, build (cached by content) and run a Python program; ARGS follow '--'");
  add_translate_options(*cmd, opts->common);
  cmd->add_option("args", opts->program_args, "Arguments for the program (after --)");
  cmd->callback([&ctx, opts] {  // opts: the callback keeps the bound options alive
    ctx.exit_code = not_built_yet(ctx, "run", "C++ backend");
  });
}

}  // namespace krait::cli
