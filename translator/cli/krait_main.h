// Entry point of the krait tool, separated from main() so tests can drive it.
//
// Contract: parses argv, runs one subcommand, returns the exit status (see
// command.h). Output goes to `out`, diagnostics and usage errors to `err`.
// `err_is_terminal` decides colour under --color=auto.
#pragma once

#include <iosfwd>

namespace krait::cli {

inline constexpr const char* kVersion = "0.1.0";

int run_krait(int argc, const char* const* argv, std::ostream& out, std::ostream& err,
              bool err_is_terminal);

}  // namespace krait::cli
