// Translating and building a program for `krait translate` and `krait run`:
// the pipeline, --time-passes, writing the C++ and compiling it.
#pragma once

#include <optional>
#include <string>

#include "backend/compile.h"
#include "translator/cli/command.h"
#include "translator/cli/translate_options.h"

namespace krait::cli {

// Runs the pipeline; on success returns the C++ (diagnostics are rendered).
// `status` receives the exit code on failure.
std::optional<std::string> translate_program(const TranslateOptions& opts, CommandContext& ctx,
                                             int* status);

// The compiler settings from the options; `status` set on failure.
std::optional<backend::CompileOptions> compile_options(const TranslateOptions& opts,
                                                       CommandContext& ctx, int* status);

// Writes `text` to `path` atomically (a temporary file, then a rename).
bool write_file(const std::string& path, const std::string& text, std::string* error);

}  // namespace krait::cli
