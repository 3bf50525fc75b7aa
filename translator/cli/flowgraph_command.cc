// `krait flowgraph FILE [--func NAME] [--format text|json|dot]`: flow-graph dump.
#include "translator/cli/command.h"

namespace krait::cli {

void add_flowgraph_command(CLI::App& app, CommandContext& ctx) {
  struct Options {
    std::string file;
    std::string func;
    std::string format = "text";
  };
  auto opts = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand("flowgraph", "Print the flow graphs of a Python program");
  cmd->add_option("file", opts->file, "Python source file")->required();
  cmd->add_option("--func", opts->func, "Only the graph of this function");
  cmd->add_option("--format", opts->format, "Output format: text, json or dot")
      ->check(CLI::IsMember({"text", "json", "dot"}));
  cmd->callback([&ctx, opts] {  // opts: the callback keeps the bound options alive
    ctx.exit_code = not_built_yet(ctx, "flowgraph", "flow-graph builder");
  });
}

}  // namespace krait::cli
