// The krait command line: how subcommands plug into the tool.
//
// Contract: each subcommand lives in its own file and provides one
// `add_<name>_command(CLI::App&, CommandContext&)` that declares its options
// (so `krait <name> --help` is complete) and sets a callback. The callback
// does the work and stores the process exit status in the context:
//   0  success
//   1  the program being translated has an error (diagnostics were printed)
//   2  usage or environment error (bad option, unreadable file, missing tool)
// Commands write results to `out` and diagnostics to `err`; they never call
// exit() and never let a C++ exception escape (run_krait catches the rest).
#pragma once

#include <CLI/CLI.hpp>
#include <iosfwd>
#include <string>

#include "translator/diagnostics/diagnostic.h"

namespace krait::cli {

enum ExitCode : int { kSuccess = 0, kProgramError = 1, kUsageError = 2 };

struct CommandContext {
  std::ostream& out;
  std::ostream& err;
  RenderOptions render;  // colour decided once from --color and the terminal
  int exit_code = kSuccess;
};

// Prints "krait: error: <message>" and returns kUsageError.
int usage_error(CommandContext& ctx, const std::string& message);

// For a subcommand whose stage does not exist yet: names it and returns 2.
int not_built_yet(CommandContext& ctx, const std::string& command, const std::string& stage);

void add_parse_command(CLI::App& app, CommandContext& ctx);
void add_flowgraph_command(CLI::App& app, CommandContext& ctx);
void add_annotate_command(CLI::App& app, CommandContext& ctx);
void add_translate_command(CLI::App& app, CommandContext& ctx);
void add_run_command(CLI::App& app, CommandContext& ctx);
void add_bindgen_command(CLI::App& app, CommandContext& ctx);

}  // namespace krait::cli
