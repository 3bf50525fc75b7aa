#include "translator/cli/load.h"

namespace krait::cli {

int load_or_report(const std::string& path, driver::Frontend& frontend, CommandContext& ctx,
                   const driver::LoadOptions& options) {
  DiagnosticSink sink;
  std::string read_error;
  driver::LoadStatus status = driver::load_program(path, frontend, sink, &read_error, options);
  if (status == driver::LoadStatus::kUnreadable) {
    return usage_error(ctx, "cannot read '" + path + "': " + read_error);
  }
  render_all(ctx.err, sink, ctx.render);
  return status == driver::LoadStatus::kOk ? kSuccess : kProgramError;
}

void add_module_path_option(CLI::App& cmd, std::vector<std::string>& module_path) {
  cmd.add_option("-I,--module-path", module_path,
                 "Folder to search for imported modules after the program's own (repeatable)")
      ->check(CLI::ExistingDirectory);
}

void add_c_header_option(CLI::App& cmd, driver::CHeaderOptions& c_headers) {
  cmd.add_option("--c-header", c_headers.headers,
                 "C header declaring the libraries the program loads with ctypes: their "
                 "declarations are checked against it (repeatable)");
  cmd.add_flag("--no-header-cache{false}", c_headers.use_cache,
               "Read C headers without the header cache (as build actions do)");
}

}  // namespace krait::cli
