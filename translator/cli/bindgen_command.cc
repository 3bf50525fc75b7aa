// `krait bindgen HEADER.h [--lib NAME] [-o OUT.py]`: ctypes declarations of a C header.
#include "translator/cli/command.h"

namespace krait::cli {

void add_bindgen_command(CLI::App& app, CommandContext& ctx) {
  struct Options {
    std::string header;
    std::string lib;
    std::string output;
  };
  auto opts = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand(
      "bindgen", "Write the ctypes declarations of a C header as a Python module");
  cmd->add_option("header", opts->header, "C header file")->required();
  cmd->add_option("--lib", opts->lib, "Library the declarations come from (e.g. m for libm)");
  cmd->add_option("-o,--output", opts->output, "Python module to write (default: stdout)");
  cmd->callback([&ctx, opts] {  // opts: the callback keeps the bound options alive
    ctx.exit_code = not_built_yet(ctx, "bindgen", "C header reader");
  });
}

}  // namespace krait::cli
