// `krait parse FILE [--json]`: the syntax stage's dump.
#include <ostream>

#include "translator/cli/command.h"
#include "translator/syntax/ast_json.h"
#include "translator/syntax/ast_text.h"
#include "translator/syntax/parse.h"

namespace krait::cli {
namespace {

struct Options {
  std::string file;
  bool json = false;
};

int run_parse(const Options& opts, CommandContext& ctx) {
  std::string read_error;
  std::optional<SourceFile> raw = SourceFile::read(opts.file, &read_error);
  if (!raw) return usage_error(ctx, "cannot read '" + opts.file + "': " + read_error);
  DiagnosticSink sink;
  syntax::ParseResult result = syntax::parse_file(*raw, sink);
  if (result.module == nullptr) {
    render_all(ctx.err, sink, ctx.render);
    return kProgramError;
  }
  if (opts.json) {
    ctx.out << syntax::to_cpython_json(*result.module).dump() << '\n';
  } else {
    syntax::dump_text(ctx.out, *result.module);
  }
  return kSuccess;
}

}  // namespace

void add_parse_command(CLI::App& app, CommandContext& ctx) {
  auto opts = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand(
      "parse",
      "Parse a Python file and print its syntax tree (JSON in the shape of CPython's ast)");
  cmd->add_option("file", opts->file, "Python source file")->required();
  cmd->add_flag("--json", opts->json,
                "Print the tree as JSON, as ast.dump(include_attributes=True)");
  cmd->callback([&ctx, opts] { ctx.exit_code = run_parse(*opts, ctx); });
}

}  // namespace krait::cli
