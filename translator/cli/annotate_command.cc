// `krait annotate FILE [--json]`: the annotator's dump.
#include <ostream>

#include "annotator/annotator.h"
#include "annotator/dump.h"
#include "translator/cli/command.h"
#include "translator/cli/load.h"

namespace krait::cli {
namespace {

struct Options {
  std::string file;
  std::vector<std::string> module_path;
  driver::CHeaderOptions c_headers;
  bool json = false;
};

int run_annotate(const Options& opts, CommandContext& ctx) {
  driver::Frontend frontend;
  if (int status = load_or_report(opts.file, frontend, ctx, {opts.module_path, opts.c_headers});
      status != kSuccess)
    return status;
  DiagnosticSink sink;
  annotator::Annotator annotator(frontend.program, sink);
  bool ok = annotator.annotate(*frontend.main_module, std::move(frontend.module_graph));
  render_all(ctx.err, sink, ctx.render);
  if (!ok) return kProgramError;
  if (opts.json) {
    ctx.out << annotator::dump_json(annotator).dump(2) << '\n';
  } else {
    annotator::dump_text(ctx.out, annotator);
  }
  return kSuccess;
}

}  // namespace

void add_annotate_command(CLI::App& app, CommandContext& ctx) {
  auto opts = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand(
      "annotate", "Infer types and print every function's signature and every variable's type");
  cmd->add_option("file", opts->file, "Python source file")->required();
  add_module_path_option(*cmd, opts->module_path);
  add_c_header_option(*cmd, opts->c_headers);
  cmd->add_flag("--json", opts->json, "Print as JSON");
  cmd->callback([&ctx, opts] { ctx.exit_code = run_annotate(*opts, ctx); });
}

}  // namespace krait::cli
