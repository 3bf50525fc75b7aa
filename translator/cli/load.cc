#include "translator/cli/load.h"

namespace krait::cli {

int load_or_report(const std::string& path, driver::Frontend& frontend, CommandContext& ctx) {
  DiagnosticSink sink;
  std::string read_error;
  driver::LoadStatus status = driver::load_program(path, frontend, sink, &read_error);
  if (status == driver::LoadStatus::kUnreadable) {
    return usage_error(ctx, "cannot read '" + path + "': " + read_error);
  }
  render_all(ctx.err, sink, ctx.render);
  return status == driver::LoadStatus::kOk ? kSuccess : kProgramError;
}

}  // namespace krait::cli
