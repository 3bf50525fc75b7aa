// `krait annotate FILE [--json] [--html OUT]`: the annotator's dump.
#include "translator/cli/command.h"

namespace krait::cli {

void add_annotate_command(CLI::App& app, CommandContext& ctx) {
  struct Options {
    std::string file;
    bool json = false;
    std::string html;
  };
  auto opts = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand(
      "annotate", "Infer types and print every function's signature and every variable's type");
  cmd->add_option("file", opts->file, "Python source file")->required();
  cmd->add_flag("--json", opts->json, "Print as JSON");
  cmd->add_option("--html", opts->html, "Also write an HTML page of the annotated source");
  cmd->callback([&ctx, opts] {  // opts: the callback keeps the bound options alive
    ctx.exit_code = not_built_yet(ctx, "annotate", "annotator");
  });
}

}  // namespace krait::cli
