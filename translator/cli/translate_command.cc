// `krait translate FILE -o BINARY [--emit-cpp DIR]`: the whole pipeline.
#include "translator/cli/command.h"
#include "translator/cli/translate_options.h"

namespace krait::cli {

void add_translate_command(CLI::App& app, CommandContext& ctx) {
  struct Options {
    TranslateOptions common;
    std::string output;
    std::string emit_cpp;
  };
  auto opts = std::make_shared<Options>();
  CLI::App* cmd =
      app.add_subcommand("translate", "Translate a Python program to C++ and build an executable");
  add_translate_options(*cmd, opts->common);
  cmd->add_option("-o,--output", opts->output, "Executable to write");
  cmd->add_option("--emit-cpp", opts->emit_cpp, "Also write the generated C++ into this directory");
  cmd->callback([&ctx, opts] {  // opts: the callback keeps the bound options alive
    ctx.exit_code = not_built_yet(ctx, "translate", "C++ backend");
  });
}

}  // namespace krait::cli
