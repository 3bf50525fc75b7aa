// Loading the user's program for a command, with the command line's error
// conventions: an unreadable file is a usage error (exit 2); errors in the
// program are rendered to stderr (exit 1).
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "translator/cli/command.h"
#include "translator/driver/frontend.h"

namespace krait::cli {

// Returns kSuccess, kProgramError or kUsageError.
int load_or_report(const std::string& path, driver::Frontend& frontend, CommandContext& ctx,
                   const driver::LoadOptions& options);

// Declares `-I DIR` / `--module-path DIR` and `--c-header HEADER`
// (repeatable, with `--no-header-cache`) on a subcommand.
void add_module_path_option(CLI::App& cmd, std::vector<std::string>& module_path);
void add_c_header_option(CLI::App& cmd, driver::CHeaderOptions& c_headers);

}  // namespace krait::cli
