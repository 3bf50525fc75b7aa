// Options shared by `krait translate` and `krait run`: how a program is
// translated and compiled.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "translator/driver/frontend.h"

namespace krait::cli {

struct TranslateOptions {
  std::string file;
  std::string int_mode = "checked";  // checked | wrap | big
  std::string cxx = "g++";
  std::string opt_level = "2";
  driver::CHeaderOptions c_headers;
  std::vector<std::string> module_path;
  std::vector<std::string> library_path;      // -L: where the ctypes libraries are
  std::vector<std::string> linked_libraries;  // linked by the build system, not by krait
  bool time_passes = false;
};

// Declares the shared options on a subcommand.
void add_translate_options(CLI::App& cmd, TranslateOptions& opts);

}  // namespace krait::cli
