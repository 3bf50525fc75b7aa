// `krait parse FILE [--json]`: the syntax stage's dump.
#include "translator/cli/command.h"

namespace krait::cli {

void add_parse_command(CLI::App& app, CommandContext& ctx) {
  struct Options {
    std::string file;
    bool json = false;
  };
  auto opts = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand(
      "parse",
      "Parse a Python file and print its syntax tree (JSON in the shape of CPython's ast)");
  cmd->add_option("file", opts->file, "Python source file")->required();
  cmd->add_flag("--json", opts->json,
                "Print the tree as JSON, as ast.dump(include_attributes=True)");
  cmd->callback([&ctx, opts] {  // opts: the callback keeps the bound options alive
    ctx.exit_code = not_built_yet(ctx, "parse", "Python parser");
  });
}

}  // namespace krait::cli
