// Loading the user's program for a command, with the command line's error
// conventions: an unreadable file is a usage error (exit 2); errors in the
// program are rendered to stderr (exit 1).
#pragma once

#include <string>

#include "translator/cli/command.h"
#include "translator/driver/frontend.h"

namespace krait::cli {

// Returns kSuccess, kProgramError or kUsageError.
int load_or_report(const std::string& path, driver::Frontend& frontend, CommandContext& ctx);

}  // namespace krait::cli
