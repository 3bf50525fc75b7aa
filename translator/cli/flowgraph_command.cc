// `krait flowgraph FILE [--func NAME] [--format text|json|dot]`: flow-graph dump.
#include <ostream>

#include "translator/cli/command.h"
#include "translator/cli/load.h"
#include "translator/flowgraph/dump.h"

namespace krait::cli {
namespace {

struct Options {
  std::string file;
  std::vector<std::string> module_path;
  driver::CHeaderOptions c_headers;
  std::string func;
  std::string format = "text";
};

int run_flowgraph(const Options& opts, CommandContext& ctx) {
  driver::Frontend frontend;
  if (int status = load_or_report(opts.file, frontend, ctx, {opts.module_path, opts.c_headers});
      status != kSuccess)
    return status;

  std::vector<const flow::FunctionGraph*> graphs;
  if (!opts.func.empty()) {
    const flow::FunctionGraph* graph = frontend.find_graph(opts.func);
    if (graph == nullptr) {
      return usage_error(ctx, "no function named '" + opts.func + "' in " + opts.file +
                                  " (use a qualified name such as 'Class.method', or '<module>')");
    }
    graphs.push_back(graph);
  } else {
    graphs.push_back(frontend.module_graph.get());
    for (const auto& [entity, graph] : frontend.graphs) graphs.push_back(graph.get());
  }

  if (opts.format == "json") {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const flow::FunctionGraph* g : graphs) out.push_back(flow::dump_json(*g));
    ctx.out << out.dump(2) << '\n';
    return kSuccess;
  }
  for (size_t i = 0; i < graphs.size(); ++i) {
    if (i > 0 && opts.format == "text") ctx.out << '\n';
    if (opts.format == "dot")
      flow::dump_dot(ctx.out, *graphs[i]);
    else
      flow::dump_text(ctx.out, *graphs[i]);
  }
  return kSuccess;
}

}  // namespace

void add_flowgraph_command(CLI::App& app, CommandContext& ctx) {
  auto opts = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand("flowgraph", "Print the flow graphs of a Python program");
  cmd->add_option("file", opts->file, "Python source file")->required();
  add_module_path_option(*cmd, opts->module_path);
  add_c_header_option(*cmd, opts->c_headers);
  cmd->add_option("--func", opts->func, "Only the graph of this function ('f', 'C.m', '<module>')");
  cmd->add_option("--format", opts->format, "Output format: text, json or dot")
      ->check(CLI::IsMember({"text", "json", "dot"}));
  cmd->callback([&ctx, opts] { ctx.exit_code = run_flowgraph(*opts, ctx); });
}

}  // namespace krait::cli
